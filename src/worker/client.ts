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
 * terminating the worker (after the task, unless the same input is asked for again at once); the
 * next call starts a fresh one. Requests wait here until the worker has loaded its engine. Replies
 * carry the request id, so a reply for a request that was cancelled or superseded is dropped.
 */
export class CompareClient {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  /** Whether the current worker has said it is ready; until then requests wait in `waiting`. */
  private ready = false
  private waiting: CompareRequest[] = []
  /** Requests given to the worker and not yet answered, by id. */
  private readonly posted = new Map<number, CompareRequest>()
  /**
   * The running request last cancelled, kept for one task before its worker is replaced: a request
   * for the same input asked meanwhile takes it over (React's development double mount cancels
   * and asks again at once; so does a person undoing a change), instead of a new worker loading.
   */
  private abandoned: { request: CompareRequest; replace: ReturnType<typeof setTimeout> } | null = null
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
    return new Promise<ComparisonResult>((resolve, reject) => {
      if (call.signal?.aborted) {
        reject(new DOMException('Comparison cancelled', 'AbortError'))
        return
      }
      const taken = this.takeOverAbandoned(articles, options)
      // Another input: the abandoned request's worker is replaced now, so this one runs on the new worker.
      if (taken === null && this.abandoned !== null) this.replaceWorker()
      const id = taken ?? this.nextId++
      this.pending.set(id, { resolve, reject, onProgress: call.onProgress, claims: [] })
      call.signal?.addEventListener('abort', () => this.cancel(id), { once: true })
      if (taken === null) this.send({ type: 'compare', id, articles, options })
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
    if (this.abandoned !== null) clearTimeout(this.abandoned.replace)
    this.abandoned = null
    this.worker?.terminate()
    this.worker = null
    this.rejectAll(new DOMException('Comparison cancelled', 'AbortError'))
  }

  private cancel(id: number): void {
    const entry = this.pending.get(id)
    if (!entry) return
    this.pending.delete(id)
    entry.reject(new DOMException('Comparison cancelled', 'AbortError'))
    // A request the worker has not been given yet is only taken off the list: the worker, still
    // loading, is kept, and so are the other requests.
    const waitingAt = this.waiting.findIndex((request) => request.id === id)
    if (waitingAt >= 0) {
      this.waiting.splice(waitingAt, 1)
      return
    }
    // The running request cannot be interrupted inside the worker: replace the worker, starting
    // the new one at once, since a cancelled request is usually followed by its replacement; but
    // only after this task, in case the same request is asked for again (see `abandoned`).
    const request = this.posted.get(id)
    if (request === undefined) return
    if (this.abandoned !== null) {
      // A second running request abandoned: no single one can be taken over, replace the worker now.
      this.replaceWorker()
      return
    }
    this.abandoned = { request, replace: setTimeout(() => this.replaceWorker(), 0) }
  }

  /** The id of an abandoned running request for this same input, now taken over; null when none. */
  private takeOverAbandoned(articles: ArticleInput[], options: WorkerCompareOptions): number | null {
    const abandoned = this.abandoned
    if (abandoned === null || !sameInput(abandoned.request, articles, options)) return null
    clearTimeout(abandoned.replace)
    this.abandoned = null
    return abandoned.request.id
  }

  /** Terminates the worker, rejecting every request it holds, and starts a fresh one. */
  private replaceWorker(): void {
    if (this.abandoned !== null) clearTimeout(this.abandoned.replace)
    this.abandoned = null
    this.worker?.terminate()
    this.worker = null
    this.rejectAll(new DOMException('Comparison cancelled', 'AbortError'))
    this.ensureWorker()
  }

  private rejectAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error)
    this.pending.clear()
    this.waiting = []
    this.posted.clear()
  }

  /** Gives the request to the worker once it is ready, starting one when there is none. */
  private send(request: CompareRequest): void {
    const worker = this.ensureWorker()
    if (!this.ready) {
      this.waiting.push(request)
      return
    }
    this.posted.set(request.id, request)
    worker.postMessage(request)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = this.createWorker()
    this.worker = worker
    this.ready = false
    // Messages of a worker already replaced (its last progress, its 'ready') are not this worker's.
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (this.worker === worker) this.handle(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      if (this.worker !== worker) return
      this.worker?.terminate()
      this.worker = null
      this.rejectAll(new WorkerCrashedError())
      for (const listener of this.crashListeners) listener()
    }
    return worker
  }

  private handle(message: WorkerResponse): void {
    if (message.type === 'ready') {
      this.ready = true
      for (const request of this.waiting.splice(0)) this.send(request)
      return
    }
    if (message.type === 'result' || message.type === 'error') {
      this.posted.delete(message.id)
      // The abandoned request is done: the worker is free, so it need not be replaced.
      if (this.abandoned?.request.id === message.id) {
        clearTimeout(this.abandoned.replace)
        this.abandoned = null
      }
    }
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

/** Whether a request was for this same input: the same articles (by identity, else by content) and options. */
function sameInput(
  request: CompareRequest,
  articles: ArticleInput[],
  options: WorkerCompareOptions,
): boolean {
  if (JSON.stringify(request.options) !== JSON.stringify(options)) return false
  if (request.articles === articles) return true
  return (
    request.articles.length === articles.length &&
    request.articles.every((article, at) => JSON.stringify(article) === JSON.stringify(articles[at]))
  )
}
