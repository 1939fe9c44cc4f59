import type { ArticleInput, Claim, QuoteMention, Report } from '../engine/index.ts'
import type { CompareRequest, WorkerCompareOptions, WorkerResponse } from './protocol.ts'

/** A finished comparison as the worker returns it. */
export interface ComparisonResult {
  report: Report
  /** The report's direct quotes, when the worker listed them. */
  quotes?: QuoteMention[]
  elapsedMs: number
}

/** Per-call hooks: cancellation and progress. */
export interface CompareCallOptions {
  signal?: AbortSignal
  onProgress?: (fraction: number, stage: string) => void
}

interface Pending {
  resolve: (result: ComparisonResult) => void
  reject: (error: Error) => void
  onProgress?: (fraction: number, stage: string) => void
  /** Claims received ahead of the result, in report order. */
  claims: Claim[]
}

/** Thrown when the worker died mid-run; the client has already started a fresh one. */
export class WorkerCrashedError extends Error {
  constructor() {
    super('The comparison worker stopped unexpectedly and was restarted.')
    this.name = 'WorkerCrashedError'
  }
}

type WorkerFactory = () => Worker

const createCompareWorker: WorkerFactory = () =>
  new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })

/**
 * Runs comparisons in a Web Worker. The engine is synchronous, so cancelling a run means
 * terminating the worker; the next call starts a fresh one. Replies carry the request id,
 * so a reply for a request that was cancelled or superseded is dropped.
 */
export class CompareClient {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly crashListeners = new Set<() => void>()

  constructor(private readonly createWorker: WorkerFactory = createCompareWorker) {}

  /** Subscribes to worker crashes (the client restarts the worker on its own). */
  onCrash(listener: () => void): () => void {
    this.crashListeners.add(listener)
    return () => this.crashListeners.delete(listener)
  }

  /** Compares the articles in the worker. Rejects with an AbortError when the signal fires. */
  compare(
    articles: ArticleInput[],
    options: WorkerCompareOptions,
    call: CompareCallOptions = {},
  ): Promise<ComparisonResult> {
    const id = this.nextId++
    const request: CompareRequest = { type: 'compare', id, articles, options }
    return new Promise<ComparisonResult>((resolve, reject) => {
      if (call.signal?.aborted) {
        reject(new DOMException('Comparison cancelled', 'AbortError'))
        return
      }
      this.pending.set(id, { resolve, reject, onProgress: call.onProgress, claims: [] })
      call.signal?.addEventListener('abort', () => this.cancel(id), { once: true })
      this.ensureWorker().postMessage(request)
    })
  }

  /**
   * Starts the worker now, so its script loads and the engine starts up (the tagger's lexicon
   * takes a few hundred milliseconds to unpack) while the page renders, not after it asks.
   */
  warmUp(): void {
    this.ensureWorker()
  }

  /** Stops the worker and rejects every pending request. */
  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.rejectAll(new DOMException('Comparison cancelled', 'AbortError'))
  }

  private cancel(id: number): void {
    const entry = this.pending.get(id)
    if (!entry) return
    this.pending.delete(id)
    entry.reject(new DOMException('Comparison cancelled', 'AbortError'))
    // The running request cannot be interrupted inside the worker: replace the worker, starting
    // the new one at once, since a cancelled request is usually followed by its replacement.
    this.worker?.terminate()
    this.worker = null
    this.rejectAll(new DOMException('Comparison cancelled', 'AbortError'))
    this.ensureWorker()
  }

  private rejectAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error)
    this.pending.clear()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.handle(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      this.worker?.terminate()
      this.worker = null
      this.rejectAll(new WorkerCrashedError())
      for (const listener of this.crashListeners) listener()
    }
    this.worker = worker
    return worker
  }

  private handle(message: WorkerResponse): void {
    const entry = this.pending.get(message.id)
    if (!entry) return // stale: cancelled or superseded
    if (message.type === 'progress') {
      entry.onProgress?.(message.fraction, message.stage)
      return
    }
    if (message.type === 'claims') {
      for (const claim of message.claims) entry.claims.push(claim)
      return
    }
    this.pending.delete(message.id)
    if (message.type === 'error') {
      entry.reject(new Error(message.message))
      return
    }
    const { quotes, elapsedMs, claimsSent } = message
    let { report } = message
    if (claimsSent !== undefined) {
      if (entry.claims.length !== claimsSent) {
        entry.reject(
          new Error(`The comparison arrived incomplete: ${entry.claims.length} of ${claimsSent} claims.`),
        )
        return
      }
      report = { ...report, claims: entry.claims }
    }
    entry.resolve(quotes ? { report, quotes, elapsedMs } : { report, elapsedMs })
  }
}
