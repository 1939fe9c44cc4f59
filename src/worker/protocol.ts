import type { ArticleInput, CompareOptions, QuoteMention, Report } from '../engine/index.ts'

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

/** The finished report for the request with the same id. */
export interface ResultMessage {
  type: 'result'
  id: number
  report: Report
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

/** Every message the worker sends. */
export type WorkerResponse = ProgressMessage | ResultMessage | ErrorMessage
