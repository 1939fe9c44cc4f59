/**
 * `npm run eval`: measures the engine on the labelled development data in ../shared/eval (see its
 * README for the metrics) by cross-validation: the match model is trained five times by the same
 * recipe as `npm run train`, each time without one fold (ECB+ and ClaimDiff folds by topic, the
 * pair sets by row), and every figure comes from the fold its model never saw. Reads the data in
 * place; never copies it into the project.
 *
 *   npm run eval -- [--data DIR] [--set NAME[,NAME…]] [--limit N] [--train ecb,stsb,...]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TRAINING_SETS, type TrainingSetName } from '../train/labelled-comparisons.ts'
import { prepareTrainingData, SHIPPED_TRAINING_SETS, trainWithoutFold } from '../train/recipe.ts'
import { type CrossValidated, crossValidate } from './cross-validate.ts'
import { CLAIMDIFF } from './eval-claimdiff.ts'
import { CLAIMS, CLAIMS_WHOLE } from './eval-claims.ts'
import { ECB } from './eval-ecb.ts'
import { EDITS } from './eval-edits.ts'
import { ISTS } from './eval-ists.ts'
import { MRPC } from './eval-mrpc.ts'
import type { EvalSet } from './eval-set.ts'
import { STSB } from './eval-stsb.ts'
import { formatFlagPrecision, measureFlagPrecision, measurePairSetFlagPrecision } from './flag-precision.ts'
import { FOLDS } from './folds.ts'
import { formatEvalTable } from './format-eval-table.ts'
import { formatReliability, pooledReliability } from './format-reliability.ts'

/** Every set, by the name `--set` takes. */
// biome-ignore lint/suspicious/noExplicitAny: each set has its own item type; the runner only passes items back.
const SETS: Record<string, EvalSet<any>> = {
  claims: CLAIMS,
  'claims-whole': CLAIMS_WHOLE,
  mrpc: MRPC,
  claimdiff: CLAIMDIFF,
  ists: ISTS,
  ecb: ECB,
  stsb: STSB,
  edits: EDITS,
}

/** The hand-judged flags of the dev and held-out sub-topics, scored with the shipped model (flag-precision.ts). */
const FLAGS = 'flags'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Options read from the command line. */
interface EvalOptions {
  /** The data folder. */
  dir: string
  /** The sets to measure, by name. */
  sets: string[]
  /** At most this many rows (or sub-topics) per measured set; undefined for all. */
  limit: number | undefined
  /** The sets the recipe learns from. */
  train: TrainingSetName[]
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
  process.stderr.write(`eval: training ${FOLDS} fold models on ${options.train.join(', ')}…\n`)
  const started = performance.now()
  const prepared = prepareTrainingData(options.dir, options.train)
  const models = Array.from({ length: FOLDS }, (_, fold) => trainWithoutFold(prepared, fold))
  const trainingSeconds = (performance.now() - started) / 1000
  const results: CrossValidated[] = []
  for (const name of options.sets) {
    const set = SETS[name]
    if (set === undefined) continue
    process.stderr.write(`eval: ${name}…\n`)
    results.push(crossValidate(set, set.load(options.dir, options.limit), models, options.train))
  }
  process.stdout.write(
    `Cross-validated over ${FOLDS} folds (ECB+, edits and ClaimDiff by topic, the pair sets by row): ` +
      `held-out mean ± sd across folds; "train" is the same models on the folds they learnt from ` +
      `(— where the recipe does not learn from the set). Trained on ${options.train.join(', ')} in ${trainingSeconds.toFixed(0)} s; ` +
      `fold cuts ${models.map((model) => model.cut).join(', ')}; fold restatement rules (share of the cut, most statements) ${models.map((model) => `${model.restatement?.cutShare ?? 1}/${model.restatement?.maxStatements ?? 2}`).join(', ')}; fold attach levels ${models.map((model) => model.attach ?? 'none').join(', ')}.\n\n`,
  )
  process.stdout.write(formatEvalTable(results))
  process.stdout.write(
    '\nCalibration, held-out and pooled over the folds: by the probability the model gave a pair ' +
      '(the strongest over the segments each side overlaps), the mean it said and the share the gold ' +
      'calls one claim (ECB+: a strict pair; STS-B: score >= 4 against < 2; MRPC: equivalent; ClaimDiff: ' +
      'strengthen or weaken).\n\n',
  )
  process.stdout.write(`${formatReliability(results)}\n`)
  if (options.sets.includes(FLAGS))
    process.stdout.write(
      `\n${formatFlagPrecision([...measureFlagPrecision(options.dir), ...measurePairSetFlagPrecision(options.dir)])}`,
    )
  const reportDir = join(projectRoot, 'reports')
  mkdirSync(reportDir, { recursive: true })
  const report = {
    generated: new Date().toISOString(),
    data: options.dir,
    limit: options.limit ?? null,
    folds: FOLDS,
    trainedOn: options.train,
    models,
    results,
    calibration: Object.fromEntries(results.map((result) => [result.set, pooledReliability(result)])),
  }
  writeFileSync(join(reportDir, 'eval.json'), `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`\nwrote ${join('reports', 'eval.json')}\n`)
  return 0
}

/** Parses `--data`, `--set`, `--limit` and `--train`; throws on anything else. */
function parseEvalArgs(args: string[]): EvalOptions {
  let dir = process.env.CROSSCHECK_EVAL_DIR ?? resolve(projectRoot, '..', 'shared', 'eval')
  let sets = [...Object.keys(SETS), FLAGS]
  let limit: number | undefined
  let train = [...SHIPPED_TRAINING_SETS]
  for (let index = 0; index < args.length; index++) {
    const [flag, inline] = (args[index] ?? '').split(/=(.*)/s)
    const value = (): string => {
      const next = inline ?? args[++index]
      if (next === undefined) throw new Error(`${flag} needs a value`)
      return next
    }
    if (flag === '--data') dir = resolve(value())
    else if (flag === '--set') {
      sets = value().split(',')
      const unknown = sets.find((set) => !(set in SETS) && set !== FLAGS)
      if (unknown !== undefined)
        throw new Error(`unknown set "${unknown}"; use ${[...Object.keys(SETS), FLAGS].join(', ')}`)
    } else if (flag === '--limit') {
      limit = Number(value())
      if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit needs a positive whole number')
    } else if (flag === '--train') {
      train = value().split(',') as TrainingSetName[]
      const unknown = train.find((set) => !(set in TRAINING_SETS))
      if (unknown !== undefined)
        throw new Error(`unknown training set "${unknown}"; use ${Object.keys(TRAINING_SETS).join(', ')}`)
    } else
      throw new Error(`unknown option "${args[index]}"; use --data DIR, --set NAME, --limit N, --train SETS`)
  }
  return { dir, sets, limit, train }
}

process.exitCode = runEval(process.argv.slice(2))
