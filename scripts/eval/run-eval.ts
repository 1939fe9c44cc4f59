/**
 * `npm run eval`: measures the engine on the labelled development data in ../shared/eval
 * (see its README for the metrics). Reads the data in place; never copies it into the project.
 *
 *   npm run eval -- [--data DIR] [--set mrpc|claimdiff|ists|ecb|edits] [--limit N]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateClaimDiff } from './eval-claimdiff.ts'
import { evaluateEcb } from './eval-ecb.ts'
import { evaluateEdits } from './eval-edits.ts'
import { evaluateIsts } from './eval-ists.ts'
import { evaluateMrpc } from './eval-mrpc.ts'
import type { EvalResult, SetOutcome } from './eval-result.ts'
import { formatEvalTable } from './format-eval-table.ts'

/** Each dataset's evaluation, by the name `--set` takes. */
const SETS: Record<string, (dir: string, limit?: number) => SetOutcome> = {
  mrpc: evaluateMrpc,
  claimdiff: evaluateClaimDiff,
  ists: evaluateIsts,
  ecb: evaluateEcb,
  edits: evaluateEdits,
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Options read from the command line. */
interface EvalOptions {
  /** The data folder. */
  dir: string
  /** The datasets to run, by name. */
  sets: string[]
  /** At most this many rows (or sub-topics) per dataset; undefined for all. */
  limit: number | undefined
}

/** Runs the evaluation; returns the exit code (2 for bad usage or missing data). */
export function runEval(args: string[]): number {
  let options: EvalOptions
  try {
    options = parseEvalArgs(args)
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`)
    return 2
  }
  if (!existsSync(options.dir)) {
    process.stderr.write(
      `eval: no evaluation data at ${options.dir}; pass --data DIR or set CROSSCHECK_EVAL_DIR\n`,
    )
    return 2
  }
  const results: EvalResult[] = []
  for (const set of options.sets) {
    const evaluate = SETS[set]
    if (evaluate === undefined) continue
    process.stderr.write(`eval: ${set}…\n`)
    const started = performance.now()
    const outcome = evaluate(options.dir, options.limit)
    results.push({ ...outcome, seconds: (performance.now() - started) / 1000 })
  }
  process.stdout.write(formatEvalTable(results))
  const reportDir = join(projectRoot, 'reports')
  mkdirSync(reportDir, { recursive: true })
  const report = {
    generated: new Date().toISOString(),
    data: options.dir,
    limit: options.limit ?? null,
    results,
  }
  writeFileSync(join(reportDir, 'eval.json'), `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`\nwrote ${join('reports', 'eval.json')}\n`)
  return 0
}

/** Parses `--data`, `--set` and `--limit`; throws on anything else. */
function parseEvalArgs(args: string[]): EvalOptions {
  let dir = process.env.CROSSCHECK_EVAL_DIR ?? resolve(projectRoot, '..', 'shared', 'eval')
  let sets = Object.keys(SETS)
  let limit: number | undefined
  for (let index = 0; index < args.length; index++) {
    const [flag, inline] = (args[index] ?? '').split(/=(.*)/s)
    const value = (): string => {
      const next = inline ?? args[++index]
      if (next === undefined) throw new Error(`${flag} needs a value`)
      return next
    }
    if (flag === '--data') dir = resolve(value())
    else if (flag === '--set') {
      const set = value()
      if (!(set in SETS)) throw new Error(`unknown set "${set}"; use ${Object.keys(SETS).join(', ')}`)
      sets = [set]
    } else if (flag === '--limit') {
      limit = Number(value())
      if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a positive whole number')
    } else throw new Error(`unknown option "${args[index]}"; use --data DIR, --set NAME, --limit N`)
  }
  return { dir, sets, limit }
}

process.exitCode = runEval(process.argv.slice(2))
