/**
 * Child process of `npm run bench`: measures one input set in a fresh process, so its peak RSS
 * belongs to that set alone. Takes a `MeasureRequest` as JSON in argv[2], prints a `Measurement`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ArticleInput, compareArticles } from '../src/engine/index.ts'
import { type BaselineTiming, timeNaiveBaseline } from './naive-baseline.ts'
import { buildRealCluster, loadEventReports } from './real-clusters.ts'
import { loadSentencePool } from './sentence-pool.ts'
import { countWords } from './split-sentences.ts'
import { buildArticleSet } from './synthetic-articles.ts'

/** What to measure: the demo pair, a wire-copy set (`set`), or a real cluster. */
export type MeasureRequest =
  | { kind: 'demo' }
  | { kind: 'set'; count: number; words: number; seed: number; samplesDir: string; maxBaselinePairs: number }
  | { kind: 'real'; count: number; words: number; seed: number; evalDir: string }

/** One set's figures. */
export interface Measurement {
  /** Total words over all articles. */
  words: number
  /** Engine runs timed after one warm-up run. */
  runs: number
  /** Median wall-clock milliseconds of the timed runs. */
  medianMs: number
  /** The fastest timed run: less sensitive than the median to other processes on a shared machine. */
  minMs: number
  /** The first (cold) run, for reference. */
  coldMs: number
  /**
   * Median CPU milliseconds (user + system, this process) of the timed runs: less sensitive than
   * wall time to other work on a shared machine, though V8's helper threads count in it too.
   */
  cpuMs: number
  /** Peak resident set size of this process, MB. */
  peakRssMb: number
  /** Resident set size before the articles were built (Node, tsx and the engine loaded), MB. */
  baseRssMb: number
  /** Claims in the report, a sanity check that alignment did work. */
  claims: number
  /** The limits the engine reported hitting, if any. */
  shortcuts: string[]
  /** The naive baseline, for wire-copy sets. */
  baseline: BaselineTiming | null
  /** Where the articles came from (real clusters say whether ECB+ or the demo fallback). */
  source: string
  /** Median milliseconds per pipeline stage over the warm runs, from the engine's progress calls. */
  stages: Record<string, number>
}

const demoDir = fileURLToPath(new URL('../src/demo/articles/', import.meta.url))

/** Runs the engine until both `minRuns` and `budgetMs` are reached, or `maxRuns`; returns times. */
function timeEngine(articles: ArticleInput[], minRuns: number, maxRuns: number, budgetMs: number) {
  const stageTimes = new Map<string, number[]>()
  // The engine reports each stage as it starts; a stage lasts until the next one starts.
  const timeStages = () => {
    let last: { stage: string; at: number } | null = null
    return {
      onProgress: (_fraction: number, stage: string) => {
        const at = performance.now()
        if (last !== null) stageTimes.set(last.stage, [...(stageTimes.get(last.stage) ?? []), at - last.at])
        last = { stage, at }
      },
    }
  }
  const coldStarted = performance.now()
  const report = compareArticles(articles)
  const coldMs = performance.now() - coldStarted
  // A set that takes seconds per run gets fewer runs: the whole bench must stay within minutes.
  const runsWanted = coldMs > 5000 ? 1 : minRuns
  const times: number[] = []
  const cpu: number[] = []
  const started = performance.now()
  while (times.length < maxRuns && (times.length < runsWanted || performance.now() - started < budgetMs)) {
    const runStarted = performance.now()
    const cpuStarted = process.cpuUsage()
    compareArticles(articles, timeStages())
    const used = process.cpuUsage(cpuStarted)
    times.push(performance.now() - runStarted)
    cpu.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  const stages = Object.fromEntries([...stageTimes].map(([stage, ms]) => [stage, median(ms)]))
  return {
    report,
    coldMs,
    medianMs: median(times),
    minMs: times[0] ?? 0,
    cpuMs: median(cpu),
    runs: times.length,
    stages,
  }
}

/** The median of some numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Measures one request in this process. */
export function measure(request: MeasureRequest): Measurement {
  const baseRssMb = process.resourceUsage().maxRSS / 1024
  let articles: ArticleInput[]
  let source = 'the demo pair'
  if (request.kind === 'demo') {
    const files = readdirSync(demoDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    articles = files.map((name) => ({ id: name, text: readFileSync(join(demoDir, name), 'utf8') }))
  } else if (request.kind === 'real') {
    const reports = loadEventReports(request.evalDir, demoDir)
    source = reports.label
    articles = buildRealCluster(reports, request, request.seed)
  } else {
    source = 'wire copy: spliced real sentences'
    const { sentences } = loadSentencePool(demoDir, request.samplesDir)
    articles = buildArticleSet(sentences, request, request.seed)
  }
  const timing =
    request.kind === 'demo' ? timeEngine(articles, 30, 300, 3000) : timeEngine(articles, 3, 15, 3000)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  const baseline =
    request.kind !== 'set' ? null : timeNaiveBaseline(articles, request.maxBaselinePairs, request.seed + 1)
  return {
    words: articles.reduce((sum, article) => sum + countWords(article.text), 0),
    runs: timing.runs,
    medianMs: timing.medianMs,
    minMs: timing.minMs,
    coldMs: timing.coldMs,
    cpuMs: timing.cpuMs,
    peakRssMb,
    baseRssMb,
    claims: timing.report.claims.length,
    shortcuts: (timing.report.shortcuts ?? []).map((shortcut) => shortcut.limit),
    baseline,
    source,
    stages: timing.stages,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(measure(JSON.parse(process.argv[2] ?? '{}') as MeasureRequest))}\n`)
}
