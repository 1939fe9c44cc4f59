import { formatBatchError, readRequestId } from './batch-error-line.ts'
import type { BatchTask } from './batch-worker.ts'

/** Answers request lines with output lines; never rejects, since every failure is an error line. */
export interface BatchAnswerer {
  /** The output line for one request line. */
  answer(line: string, lineNumber: number): Promise<string>
  /** Stops every worker; requests still running are dropped. */
  close(): Promise<void>
}

/** How the pool runs. */
export interface BatchPoolOptions {
  /** Worker threads. */
  jobs: number
  /** A request still running after this many milliseconds is stopped and answered with an error. */
  timeoutMs: number
  /** The worker threads' entry file; the bundled `batch-worker.mjs` unless a test gives another. */
  workerFile?: URL
}

/**
 * The bundled worker entry: beside this code in dist-cli/. Run from source (the unit tests), the
 * bundle that the test setup builds first, since a worker thread cannot load TypeScript.
 */
export const BATCH_WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('../../dist-cli/batch-worker.mjs', import.meta.url)
  : new URL('./batch-worker.mjs', import.meta.url)

/**
 * A pool of worker threads (piscina) answering requests. A request that runs past the time limit
 * is aborted: piscina terminates its worker and starts another. A worker that crashes (an uncaught
 * error, running out of memory, exiting) fails only the request it was running, and piscina
 * replaces it. Either way that request gets an error line and the run goes on.
 */
export async function createBatchPool(options: BatchPoolOptions): Promise<BatchAnswerer> {
  // Imported here, not at the top: `compare` and `batch --jobs 1` never load the pool.
  const { Piscina } = await import('piscina')
  const pool = new Piscina<BatchTask, string>({
    filename: (options.workerFile ?? BATCH_WORKER_FILE).href,
    // Threads start as the caller lets requests run (run-batch.ts adds them while the pool stays busy).
    minThreads: 1,
    maxThreads: options.jobs,
    // One request per worker at a time: the engine is synchronous, so a second would only wait.
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
  })
  // Without a listener, an error piscina cannot pin on a request would end the process.
  pool.on('error', () => undefined)
  return {
    async answer(line, lineNumber) {
      const signal = AbortSignal.timeout(options.timeoutMs)
      try {
        return await pool.run({ line, lineNumber }, { signal })
      } catch (error) {
        const reason = signal.aborted
          ? `comparison stopped after the time limit of ${options.timeoutMs} ms (--timeout-ms)`
          : `comparison crashed its worker (${describeCrash(error)}); the worker was replaced`
        return formatBatchError(readRequestId(line), lineNumber, reason)
      }
    },
    close: () => pool.destroy(),
  }
}

/** A crash in a few words: the error's message, or the worker's exit code. */
function describeCrash(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\s+/g, ' ')
  return String(error)
}
