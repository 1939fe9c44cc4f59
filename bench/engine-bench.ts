/**
 * `npm run bench`: the engine in Node on the demo pair and on its two reference loads, real
 * clusters (ECB+ reports of the same events) and wire copy (one story carried by every outlet with
 * light edits: each story sentence recurs in most articles), 2–20 articles of 500–5,000 words, the
 * wire copy against a naive all-pairs diff-match-patch baseline; then the CLI and batch.
 * Each input runs in its own child process, so the peak RSS reported is that input's alone.
 * Prints every figure beside its budget, and writes reports/bench.json.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CLI_V8_FLAGS } from '../bin/v8-flags.mjs'
import { fitScalingExponent } from './fit-power-law.ts'
import type { Measurement, MeasureRequest } from './measure-engine.ts'
import { benchCli, benchRealClusters, formatMs } from './workload-bench.ts'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const samplesDir = process.env.CROSSCHECK_SAMPLES_DIR ?? resolve(projectRoot, '..', 'shared', 'samples')
const evalDir = process.env.CROSSCHECK_EVAL_DIR ?? resolve(projectRoot, '..', 'shared', 'eval')
const demoDir = join(projectRoot, 'src', 'demo', 'articles')

/** Set sizes: articles per set × words per article. */
const COUNTS = [2, 5, 10, 20]
const WORDS = [500, 2000, 5000]
/** Past this many cross-document sentence pairs the baseline is timed on a sample and extrapolated. */
const MAX_BASELINE_PAIRS = 4_000
/** Wire-copy sets still waiting after this long are skipped, so the bench ends within minutes. */
const TOTAL_BUDGET_MS = 150_000

/** The budgets (issue 22), each checked against the figures of one run. */
const TARGETS = {
  demoMs: 10,
  demoColdMs: 60,
  tenByFiveThousandMs: 1500,
  baselineRatio: 20,
  exponent: 1.3,
}

/** Measures one request in a fresh Node process (through tsx, with the CLI's V8 flags). */
function measureInChild(request: MeasureRequest): Measurement {
  const output = execFileSync(
    process.execPath,
    [
      ...CLI_V8_FLAGS,
      '--import',
      'tsx',
      join(projectRoot, 'bench', 'measure-engine.ts'),
      JSON.stringify(request),
    ],
    { cwd: projectRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  return JSON.parse(output) as Measurement
}

/** One row of the results. */
interface BenchRow {
  name: string
  count: number
  wordsPerArticle: number
  measurement: Measurement
}

function main(): number {
  const started = performance.now()
  const loadAtStart = loadavg()[0] ?? 0
  console.log(
    `load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores at start: other work on the machine slows every figure`,
  )
  const demo = measureInChild({ kind: 'demo' })
  console.log(
    `demo pair (${demo.words} words): median ${formatMs(demo.medianMs)} over ${demo.runs} warm runs ` +
      `(fastest ${formatMs(demo.minMs)}, CPU ${formatMs(demo.cpuMs)}, cold ${formatMs(demo.coldMs)}), peak RSS ${demo.peakRssMb.toFixed(0)} MB, ${demo.claims} claims`,
  )
  const real = benchRealClusters(measureInChild, evalDir)
  const cli = benchCli(projectRoot, evalDir, demoDir)
  const wireStarted = performance.now()
  console.log(
    '\nwire copy: one story carried by every outlet with light edits, built from spliced real sentences (each set in its own child process; memory = peak RSS of that process)',
  )
  console.log(
    'set        words    engine   fastest       CPU   runs  peak RSS  claims  baseline (all sentence pairs)                                ratio',
  )
  const shapes = COUNTS.flatMap((count) => WORDS.map((words) => ({ count, words }))).sort(
    (a, b) => a.count * a.words - b.count * b.words,
  )
  const rows: BenchRow[] = []
  const skipped: string[] = []
  for (const shape of shapes) {
    const name = `${shape.count}×${shape.words}`
    if (performance.now() - wireStarted > TOTAL_BUDGET_MS) {
      skipped.push(name)
      continue
    }
    const measurement = measureInChild({
      kind: 'set',
      ...shape,
      seed: shape.count * 100_003 + shape.words,
      samplesDir,
      maxBaselinePairs: MAX_BASELINE_PAIRS,
    })
    rows.push({ name, count: shape.count, wordsPerArticle: shape.words, measurement })
    const baseline = measurement.baseline
    const baselineText =
      baseline === null
        ? 'n/a'
        : `${formatMs(baseline.ms)} for ${baseline.pairs.toLocaleString('en-US')} pairs` +
          (baseline.estimated ? ` (estimated from ${baseline.timedPairs.toLocaleString('en-US')} pairs)` : '')
    const ratio = baseline === null ? '' : `${(baseline.ms / measurement.medianMs).toFixed(0)}×`
    console.log(
      [
        name.padEnd(9),
        String(measurement.words).padStart(6),
        formatMs(measurement.medianMs).padStart(10),
        formatMs(measurement.minMs).padStart(9),
        formatMs(measurement.cpuMs).padStart(9),
        String(measurement.runs).padStart(5),
        `${measurement.peakRssMb.toFixed(0)} MB`.padStart(9),
        String(measurement.claims).padStart(7),
        ` ${baselineText.padEnd(60)}`,
        ratio.padStart(6),
        measurement.shortcuts.length > 0 ? `  shortcuts: ${measurement.shortcuts.join(', ')}` : '',
      ].join(' '),
    )
  }
  if (skipped.length > 0) console.log(`skipped (time budget): ${skipped.join(', ')}`)
  const exponent = fitScalingExponent(
    rows.map((row) => ({ size: row.measurement.words, time: row.measurement.medianMs })),
  )
  console.log(
    `\nscaling exponent (log-log least squares of median time vs total words): ${exponent.toFixed(2)}`,
  )
  const tenByFive = rows.find((row) => row.count === 10 && row.wordsPerArticle === 5000)?.measurement
  const ratioAtTen = tenByFive?.baseline ? tenByFive.baseline.ms / tenByFive.medianMs : Number.NaN
  const checks = [
    {
      target: `demo pair < ${TARGETS.demoMs} ms`,
      value: `${formatMs(demo.medianMs)} (fastest ${formatMs(demo.minMs)}, CPU ${formatMs(demo.cpuMs)})`,
      pass: demo.medianMs < TARGETS.demoMs,
    },
    {
      target: `demo pair, first request of a fresh process < ${TARGETS.demoColdMs} ms`,
      value: formatMs(demo.coldMs),
      pass: demo.coldMs < TARGETS.demoColdMs,
    },
    ...real.checks,
    ...cli.checks,
    {
      target: `wire copy: 10 × 5,000 words < ${TARGETS.tenByFiveThousandMs / 1000} s`,
      value: tenByFive
        ? `${formatMs(tenByFive.medianMs)} (fastest ${formatMs(tenByFive.minMs)}, CPU ${formatMs(tenByFive.cpuMs)})`
        : 'not measured',
      pass: tenByFive !== undefined && tenByFive.medianMs < TARGETS.tenByFiveThousandMs,
    },
    {
      target: `≥ ${TARGETS.baselineRatio}× faster than the naive baseline (10 × 5,000)`,
      value: Number.isNaN(ratioAtTen) ? 'not measured' : `${ratioAtTen.toFixed(0)}×`,
      pass: ratioAtTen >= TARGETS.baselineRatio,
    },
    {
      target: `wire copy: scaling exponent ≤ ${TARGETS.exponent}`,
      value: exponent.toFixed(2),
      pass: exponent <= TARGETS.exponent,
    },
  ]
  console.log(`\nevery figure beside its budget (load average ${(loadavg()[0] ?? 0).toFixed(1)} now):`)
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.target}: ${check.value}`)
  const reportDir = join(projectRoot, 'reports')
  mkdirSync(reportDir, { recursive: true })
  const report = {
    generated: new Date().toISOString(),
    node: process.version,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg()[0] ?? 0,
    memory:
      'peak RSS (process.resourceUsage().maxRSS) of one child process per input, including Node and tsx',
    demo,
    realClusters: { rows: real.rows, exponent: real.exponent },
    wireCopy: { rows, skipped, exponent },
    cli: { compareMs: cli.cliStart, batch: cli.batch, memory: cli.memory },
    checks,
    seconds: (performance.now() - started) / 1000,
  }
  writeFileSync(join(reportDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwrote reports/bench.json in ${report.seconds.toFixed(0)} s`)
  return 0
}

process.exitCode = main()
