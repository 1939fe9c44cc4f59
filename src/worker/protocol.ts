import type { ArticleInput, Claim, CompareOptions, QuoteMention, Report } from '../engine/index.ts'

/** Options that can cross the worker boundary (callbacks cannot). */
export type WorkerCompareOptions = Omit<CompareOptions, 'onProgress' | 'now'>

/** A request from the app to the comparison worker; `id` pairs it with its replies. */
export interface CompareRequest {
  type: 'compare'
  id: number
  articles: ArticleInput[]
  options: WorkerCompareOptions
}

/** A progress note for the request with the same id. */
export interface ProgressMessage {
  type: 'progress'
  id: number
  fraction: number
  stage: string
}

/**
 * Some of the claims of the report for the request with the same id, in report order, sent before
 * its result when the claims are many: each message is decoded on the page's main thread as one
 * task, and all of them at once blocked it for over 100 ms (`claim-parts.ts`).
 */
export interface ClaimsMessage {
  type: 'claims'
  id: number
  claims: Claim[]
}

/** The finished report for the request with the same id. */
export interface ResultMessage {
  type: 'result'
  id: number
  /** The report; when `claimsSent` is set, its claims came before it in `claims` messages and it holds none. */
  report: Report
  /** How many claims the `claims` messages before this one carried, when they carried them. */
  claimsSent?: number
  /** The direct quotes of the report's segments, found beside the comparison for the quote check. */
  quotes?: QuoteMention[]
  elapsedMs: number
}

/** The engine threw for the request with the same id. */
export interface ErrorMessage {
  type: 'error'
  id: number
  message: string
}

/** Sent once, first: the worker has loaded its engine and takes requests. */
export interface ReadyMessage {
  type: 'ready'
}

/** Every message the worker sends. */
export type WorkerResponse = ReadyMessage | ProgressMessage | ClaimsMessage | ResultMessage | ErrorMessage
