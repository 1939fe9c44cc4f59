import { applyOverrides, type Overrides } from '../overrides.ts'
import type { Report } from '../types.ts'
import { type CoverageRow, coverageMatrix } from './coverage-matrix.ts'
import { countByDocument, type DocumentCounts } from './document-counts.ts'
import { isolatedDocuments } from './isolated-documents.ts'
import type { QuoteMention } from './list-quotes.ts'
import { type PairSimilarity, pairwiseSimilarity } from './pairwise-similarity.ts'
import { type QuoteCheckRow, quoteCheck } from './quote-check.ts'
import { indexReport, type ReportIndex } from './report-index.ts'
import { type ReviewQueues, reviewQueues } from './review-queues.ts'
import { type UniqueDetails, uniqueDetails } from './unique-details.ts'

/** Everything the split view draws: the report with a person's overrides applied, and its summary. */
export interface Review {
  /** The engine's report with the overrides applied. */
  report: Report
  index: ReportIndex
  counts: Map<string, DocumentCounts>
  similarity: PairSimilarity[]
  coverage: CoverageRow[]
  queues: ReviewQueues
  unique: UniqueDetails[]
  quotes: QuoteCheckRow[]
  /** Documents that share no claim with the others (see `isolatedDocuments`). */
  isolated: string[]
}

/**
 * Applies the overrides and derives every summary the view shows, in one pure pass.
 * `quotes` are the worker's `listQuotes` result; without them the quote check falls back to quote marks.
 */
export function reviewReport(engineReport: Report, overrides: Overrides, quotes?: QuoteMention[]): Review {
  const report = applyOverrides(engineReport, overrides)
  const index = indexReport(report)
  return {
    report,
    index,
    counts: countByDocument(index),
    similarity: pairwiseSimilarity(report, index),
    coverage: coverageMatrix(report, index),
    queues: reviewQueues(report, index),
    unique: uniqueDetails(report, index),
    quotes: quoteCheck(report, index, quotes),
    isolated: isolatedDocuments(report),
  }
}
