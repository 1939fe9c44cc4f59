import { type BatchAnswerer, createBatchPool } from './batch-pool.ts'
import { BatchProgress } from './batch-progress.ts'
import { type CliStreams, writeText } from './cli-streams.ts'
import { OrderedOutput, type OrderedOutputStats } from './ordered-output.ts'
import type { BatchOptions } from './parse-args.ts'
import { readLines } from './read-lines.ts'

/**
 * Finished reports a pool may hold back per worker while an earlier one is still running. ECB+
 * clusters vary tenfold in size, so with a short window one long request stalled every other
 * worker once the window filled behind it (two jobs kept 1.7 of 2 cores busy).
 */
export const HELD_PER_JOB = 16
/**
 * A pool starts with one worker and adds the next once the running ones have been busy this long
 * with a request waiting: each worker compiles and warms up the engine for itself (about the cost
 * of its first few dozen cluster requests), which a short input never earns back.
 */
export const RAMP_MS = 750
/**
 * A worker is added only while at least this many requests of a file are still to start (a pipe
 * gives no count, and the ramp alone decides). A new worker compiles and warms up the engine for
 * itself, which costs about as much CPU as a few dozen cluster requests on a warm one; on the
 * 2-core bench machine, adding one to an input of 8 cluster requests made `--jobs 2` 0.78× as fast
 * as `--jobs 1`.
 */
export const REQUESTS_WORTH_A_WORKER = 24
/** How long a run waits for a file's request count before it chooses between the main thread and a pool. */
const COUNT_WAIT_MS = 200
/** The exit code after Ctrl-C, as shells report a process ended by SIGINT (128 + 2). */
export const INTERRUPTED_EXIT_CODE = 130

/** What a batch run did, for tests and the bench. */
export interface BatchRunResult {
  /** 0, or 130 after Ctrl-C. */
  exitCode: number
  /** Lines written and the most finished reports held back at once. */
  stats: OrderedOutputStats
  /** The most requests that ran at once (a pool ramps up to `jobs` only on a long enough input). */
  peakRunning: number
}

/**
 * Batch mode: one JSON request per input line, one compact JSON report (or error) per output line,
 * in the same order, each written as soon as it and every earlier one are done. `--jobs 1` answers
 * on this thread, reading a line only after the last report is written; more jobs answer on a pool
 * of worker threads that starts with one worker and adds one each time the pool has stayed busy
 * for `rampMs` (`RAMP_MS`) with a request waiting, up to `jobs` (so a short input is not slowed by workers it
 * cannot use), with a bounded number of finished reports held back, so memory stays flat on an
 * input of any length. Empty lines are skipped; a bad line,
 * a crash or a timeout is reported on its line and the run goes on. Exit code 0, since errors
 * travel in the output; 130 when interrupted, after writing every report finished in order.
 */
export async function runBatch(
  streams: CliStreams,
  options: BatchOptions,
  workerFile?: URL,
  rampMs = RAMP_MS,
): Promise<BatchRunResult> {
  const showProgress = streams.stderr.isTTY === true && !options.quiet
  // How many requests a file holds, counted beside the run, for the progress line and the ramp
  // (until it is known, the ramp alone decides).
  const counted =
    showProgress || options.jobs > 1
      ? (streams.countRequests?.() ?? Promise.resolve(null))
      : Promise.resolve(null)
  let total: number | null = null
  void counted.then((count) => (total = count))
  // A file too short to repay a worker's start-up runs as --jobs 1 would: a pool would only add
  // a thread that loads the engine again (one request was 0.84x as fast with --jobs 2).
  const known = options.jobs > 1 ? await settledWithin(counted, COUNT_WAIT_MS) : null
  const jobs = known !== null && known < REQUESTS_WORTH_A_WORKER ? 1 : options.jobs
  const answerer: BatchAnswerer =
    jobs === 1
      ? await mainThreadAnswerer()
      : await createBatchPool({ jobs, timeoutMs: options.timeoutMs, workerFile })
  const output = new OrderedOutput(streams.stdout, jobs === 1 ? 1 : jobs * (1 + HELD_PER_JOB))
  const progress = showProgress ? new BatchProgress(streams.stderr, counted) : null
  const orInterrupt = <T>(promise: Promise<T>) => raceAbort(promise, streams.interrupt)
  let started = 0
  const worthAnotherWorker = () => total === null || total - started >= REQUESTS_WORTH_A_WORKER
  let running = 0
  let peakRunning = 0
  let answered = 0
  // Requests allowed to run at once: grows from one to `jobs` while the pool stays saturated.
  let allowed = 1
  let saturatedSince: number | null = null
  let wake: (() => void) | null = null
  // Resolves when a running request finishes, or after `ms` (no timer when null).
  const slotOrRamp = (ms: number | null) =>
    new Promise<void>((resolve) => {
      const timer =
        ms === null
          ? undefined
          : setTimeout(() => {
              wake = null
              resolve()
            }, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  const lines = readLines(streams.stdin)[Symbol.asyncIterator]()
  try {
    for (let lineNumber = 1; ; lineNumber++) {
      const next = await orInterrupt(lines.next())
      if (next === 'interrupted' || next.done) break
      const line = next.value
      if (line.trim() === '') continue
      if (running < allowed) saturatedSince = null
      while (running >= allowed && !streams.interrupt?.aborted) {
        saturatedSince ??= performance.now()
        const rampIn =
          allowed < jobs && worthAnotherWorker() ? saturatedSince + rampMs - performance.now() : null
        if (rampIn !== null && rampIn <= 0) {
          allowed++
          saturatedSince = performance.now()
          break
        }
        await orInterrupt(slotOrRamp(rampIn))
      }
      if (streams.interrupt?.aborted) break
      running++
      started++
      peakRunning = Math.max(peakRunning, running)
      output.add(
        answerer.answer(line, lineNumber).finally(() => {
          running--
          const wakeReader = wake
          wake = null
          wakeReader?.()
          progress?.update(++answered)
        }),
      )
      await orInterrupt(output.waitForRoom())
      if (streams.interrupt?.aborted) break
    }
    if (streams.interrupt?.aborted) {
      const written = await output.stop()
      progress?.finish(written, ' (interrupted)')
      await writeText(streams.stderr, `crosscheck: interrupted; ${written} complete reports written\n`)
      return { exitCode: INTERRUPTED_EXIT_CODE, stats: output.stats, peakRunning }
    }
    await output.finish()
    progress?.finish(output.stats.written)
    return { exitCode: 0, stats: output.stats, peakRunning }
  } finally {
    await answerer.close()
  }
}

/**
 * `--jobs 1`: answers on this thread. The engine is imported here, not at start-up, so that with
 * more jobs only the workers load it (its tagger takes a few hundred milliseconds to start).
 */
/** The promise's value when it settles within `ms`, else null (the promise goes on). */
async function settledWithin<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms)
  })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

async function mainThreadAnswerer(): Promise<BatchAnswerer> {
  const { answerBatchLine } = await import('./answer-batch-line.ts')
  return { answer: async (line, n) => answerBatchLine(line, n), close: async () => undefined }
}

/**
 * The promise's value, or 'interrupted' as soon as the signal aborts. Not `Promise.race` against
 * one long-lived promise: each race would leave a reaction on it, holding its line, for the whole
 * run (10,000 requests grew the heap by 120 MB); here the abort listener goes when the promise settles.
 */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'interrupted'> {
  if (signal === undefined) return promise
  if (signal.aborted) return Promise.resolve('interrupted')
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('interrupted')
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
