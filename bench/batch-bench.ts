import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEcbRequestLines } from './real-clusters.ts'

/** A set of batch requests, one JSON line each, and where its text comes from. */
export interface BatchSet {
  /** Printed with the figure. */
  label: string
  /** The request lines. */
  lines: string[]
}

/** One `crosscheck batch` run in a fresh process. */
export interface BatchRun {
  /** Requests in the input. */
  requests: number
  /** Wall-clock seconds, process start to exit. */
  seconds: number
  /** Requests per second. */
  rate: number
  /** Peak resident set size of the process (main thread and workers), MB. */
  peakRssMb: number
  /** CPU seconds (user + system) of the process, every thread included. */
  cpuSeconds: number
}

/**
 * Requests for the batch figures: every ECB+ dev sub-topic as its own request (real clusters of
 * 3–22 short articles), three times over, when the eval data is there; else 200 requests comparing
 * the demo pair cut to different lengths. The bench takes the first 60 (or fewer) of them.
 */
export function buildBatchSet(evalDir: string, demoDir: string): BatchSet {
  const ecb = readEcbRequestLines(evalDir)
  if (ecb !== null) {
    return {
      label: `ECB+ dev sub-topics × 3 (${ecb.file})`,
      lines: [...ecb.lines, ...ecb.lines, ...ecb.lines],
    }
  }
  return {
    label: 'the demo pair cut to 200 lengths (no ECB+ data found)',
    lines: buildDemoRequests(demoDir, 200, 4000),
  }
}

/** `count` requests comparing the demo pair, the first article cut to lengths up to `maxChars`. */
export function buildDemoRequests(demoDir: string, count: number, maxChars: number): string[] {
  const a = readFileSync(join(demoDir, 'aljazeera-2016-01-20-syria-talks-invite-list.txt'), 'utf8')
  const b = readFileSync(join(demoDir, 'cnn-2016-01-20-kerry-lavrov-impasse.txt'), 'utf8')
  return Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      id: `r${index}`,
      articles: [
        { id: 'a', text: a.slice(0, 200 + ((index * 7919) % maxChars)) },
        { id: 'b', text: b.slice(0, 200 + ((index * 104_729) % maxChars)) },
      ],
    }),
  )
}

/** Runs `crosscheck batch --jobs N --quiet` on the lines in a fresh process; output is discarded. */
export function runBatchProcess(projectRoot: string, lines: string[], jobs: number): BatchRun {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-batch-bench-'))
  try {
    const input = join(dir, 'requests.jsonl')
    const rssFile = join(dir, 'rss')
    writeFileSync(input, `${lines.join('\n')}\n`)
    const started = performance.now()
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        join(projectRoot, 'bench', 'peak-rss-on-exit.mjs'),
        join(projectRoot, 'bin', 'crosscheck.mjs'),
        'batch',
        '--jobs',
        String(jobs),
        '--quiet',
      ],
      {
        stdio: [openSync(input, 'r'), 'ignore', 'inherit'],
        env: { ...process.env, CROSSCHECK_PEAK_RSS_FILE: rssFile },
      },
    )
    const seconds = (performance.now() - started) / 1000
    if (result.status !== 0) throw new Error(`crosscheck batch exited ${result.status}`)
    const [rssKb, cpuMicros] = readFileSync(rssFile, 'utf8').split(' ').map(Number)
    return {
      requests: lines.length,
      seconds,
      rate: lines.length / seconds,
      peakRssMb: (rssKb ?? 0) / 1024,
      cpuSeconds: (cpuMicros ?? 0) / 1e6,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Median wall-clock milliseconds of `crosscheck compare` on the demo pair, each run a fresh process. */
export function timeCliCompare(
  projectRoot: string,
  demoDir: string,
  runs: number,
): { medianMs: number; all: number[] } {
  const files = [
    join(demoDir, 'aljazeera-2016-01-20-syria-talks-invite-list.txt'),
    join(demoDir, 'cnn-2016-01-20-kerry-lavrov-impasse.txt'),
  ]
  const all: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    execFileSync(process.execPath, [join(projectRoot, 'bin', 'crosscheck.mjs'), 'compare', ...files], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    all.push(performance.now() - started)
  }
  const sorted = [...all].sort((x, y) => x - y)
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, all }
}
