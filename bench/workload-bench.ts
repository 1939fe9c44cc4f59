/**
 * The parts of `npm run bench` that measure real workloads: real clusters of articles reporting
 * the same events, the CLI's start-up, and `crosscheck batch` at one job and at two.
 * Each prints its table and returns its figures and target checks for reports/bench.json.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import {
  type BatchRun,
  buildBatchSet,
  buildDemoRequests,
  runBatchProcess,
  timeCliCompare,
} from './batch-bench.ts'
import { fitScalingExponent } from './fit-power-law.ts'
import type { Measurement, MeasureRequest } from './measure-engine.ts'

/** One target and whether this run met it. */
export interface Check {
  target: string
  value: string
  pass: boolean
}

/** The real-cluster budget for 10 × 5,000 words, ms (issue 22). */
const REAL_TEN_BY_FIVE_MS = 1000
/** Batch budgets: --jobs 2 over --jobs 1 on 60 cluster requests, and at least even on small inputs. */
const BATCH_RATIO = 1.4
const BATCH_SMALL_RATIO = 1.0
/** Cluster requests in the batch figure, and the small inputs that must not be slower on two jobs. */
const BATCH_REQUESTS = 60
const BATCH_SMALL = [1, 8]

/** Real-cluster sizes: articles per set × words per article. */
const REAL_COUNTS = [2, 5, 10, 20]
const REAL_WORDS = [1000, 5000]

/** Milliseconds as people read them. */
export function formatMs(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 100
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(1)} ms`
}

/** Real clusters (ECB+ when present, else the demo fallback, labelled): time, stages, exponent. */
export function benchRealClusters(measure: (request: MeasureRequest) => Measurement, evalDir: string) {
  const rows: Array<{ count: number; wordsPerArticle: number; measurement: Measurement }> = []
  for (const words of REAL_WORDS) {
    for (const count of REAL_COUNTS) {
      const measurement = measure({ kind: 'real', count, words, seed: count * 100_003 + words, evalDir })
      if (rows.length === 0) console.log(`\nreal clusters, built from ${measurement.source}`)
      if (rows.length === 0)
        console.log(
          'set        words    engine   fastest       CPU    cold   runs  peak RSS  claims  stages (median ms)',
        )
      rows.push({ count, wordsPerArticle: words, measurement })
      const stages = Object.entries(measurement.stages)
        .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
        .join(' · ')
      console.log(
        [
          `${count}×${words}`.padEnd(9),
          String(measurement.words).padStart(6),
          formatMs(measurement.medianMs).padStart(10),
          formatMs(measurement.minMs).padStart(9),
          formatMs(measurement.cpuMs).padStart(9),
          formatMs(measurement.coldMs).padStart(7),
          String(measurement.runs).padStart(6),
          `${measurement.peakRssMb.toFixed(0)} MB`.padStart(9),
          String(measurement.claims).padStart(7),
          ` ${stages}`,
        ].join(' '),
      )
    }
  }
  const exponent = fitScalingExponent(
    rows.map((row) => ({ size: row.measurement.words, time: row.measurement.medianMs })),
  )
  console.log(`scaling exponent on real clusters (median time vs total words): ${exponent.toFixed(2)}`)
  const ten = rows.find((row) => row.count === 10 && row.wordsPerArticle === 5000)?.measurement
  const checks: Check[] = [
    {
      target: `real clusters: 10 × 5,000 words < ${REAL_TEN_BY_FIVE_MS / 1000} s`,
      value: ten
        ? `${formatMs(ten.medianMs)} (fastest ${formatMs(ten.minMs)}, CPU ${formatMs(ten.cpuMs)}, cold ${formatMs(ten.coldMs)})`
        : 'not measured',
      pass: ten !== undefined && ten.medianMs < REAL_TEN_BY_FIVE_MS,
    },
    { target: 'real clusters: scaling exponent ≤ 1.3', value: exponent.toFixed(2), pass: exponent <= 1.3 },
  ]
  return { rows, exponent, checks }
}

/** The CLI from a fresh process, then batch throughput at one job and at every core, and memory. */
export function benchCli(projectRoot: string, evalDir: string, demoDir: string) {
  // The bench runs the CLI as a user does: the bundle, built from the current source.
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build-cli.mjs'), '--quiet'], {
    cwd: projectRoot,
  })
  const start = timeCliCompare(projectRoot, demoDir, 7)
  console.log(
    `\ncrosscheck compare on the demo pair, fresh process each time: median ${formatMs(start.medianMs)} wall ` +
      `(${start.all.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
  )
  const set = buildBatchSet(evalDir, demoDir)
  // Alternating runs, best of three each, so a burst of other work on the machine hits both sides alike.
  const ratioOf = (lines: string[], rounds: number) => {
    const runs = Array.from({ length: rounds }, () =>
      [1, 2].map((jobs) => runBatchProcess(projectRoot, lines, jobs)),
    )
    const fastest = (jobs: number) =>
      runs.map((pair) => pair[jobs - 1] as BatchRun).sort((x, y) => y.rate - x.rate)[0] as BatchRun
    return { one: fastest(1), two: fastest(2), ratio: fastest(2).rate / fastest(1).rate }
  }
  const main = ratioOf(set.lines.slice(0, BATCH_REQUESTS), 3)
  console.log(`crosscheck batch on ${Math.min(BATCH_REQUESTS, set.lines.length)} requests from ${set.label}:`)
  console.log(
    `  --jobs 1: ${main.one.seconds.toFixed(2)} s (CPU ${main.one.cpuSeconds.toFixed(1)} s); --jobs 2: ${main.two.seconds.toFixed(2)} s (CPU ${main.two.cpuSeconds.toFixed(1)} s); ratio ${main.ratio.toFixed(2)}× (budget ≥ ${BATCH_RATIO}×)`,
  )
  // A small input runs on the main thread with either --jobs, so its ratio is the noise of a
  // one-second fresh process: more rounds, which cost little at this size.
  const small = BATCH_SMALL.map((count) => ({ count, ...ratioOf(set.lines.slice(0, count), 7) }))
  console.log(
    `  small inputs, --jobs 2 ÷ --jobs 1: ${small.map((run) => `${run.count} requests ${run.ratio.toFixed(2)}×`).join('; ')} (budget ≥ ${BATCH_SMALL_RATIO}×)`,
  )
  const tiny = (count: number) => buildDemoRequests(demoDir, count, 600)
  const memory = [5000, 20_000].map((count) => runBatchProcess(projectRoot, tiny(count), 2))
  console.log(
    '  memory, --jobs 2 on small demo requests: ' +
      memory
        .map(
          (run) =>
            `${run.requests.toLocaleString('en-US')} requests peak RSS ${run.peakRssMb.toFixed(0)} MB (${run.rate.toFixed(0)}/s)`,
        )
        .join('; '),
  )
  const checks: Check[] = [
    {
      target: 'crosscheck compare, demo pair, fresh process < 400 ms',
      value: formatMs(start.medianMs),
      pass: start.medianMs < 400,
    },
    {
      target: `batch --jobs 2 ÷ --jobs 1 on ${BATCH_REQUESTS} cluster requests ≥ ${BATCH_RATIO}×`,
      value: `${main.ratio.toFixed(2)}× (${main.one.seconds.toFixed(2)} s → ${main.two.seconds.toFixed(2)} s)`,
      pass: main.ratio >= BATCH_RATIO,
    },
    {
      target: `batch --jobs 2 ÷ --jobs 1 on ${BATCH_SMALL.join(' and ')} requests ≥ ${BATCH_SMALL_RATIO}×`,
      value: small.map((run) => `${run.ratio.toFixed(2)}×`).join(', '),
      pass: small.every((run) => run.ratio >= BATCH_SMALL_RATIO),
    },
    {
      // Worker heaps grow lazily over the first few thousand requests, so the check starts past them.
      target: 'batch memory flat: 20,000 requests within 1.2× the peak RSS of 5,000',
      value: memory.map((run) => `${run.peakRssMb.toFixed(0)} MB`).join(' → '),
      pass: (memory[1]?.peakRssMb ?? Number.POSITIVE_INFINITY) <= 1.2 * (memory[0]?.peakRssMb ?? 0),
    },
  ]
  return {
    cliStart: start,
    batch: { set: set.label, requests: Math.min(BATCH_REQUESTS, set.lines.length), ...main, small },
    memory,
    checks,
  }
}
