import type { Detail, Report, Segment } from '../types.ts'
import type { ReportIndex } from './report-index.ts'

/** What only one document reports. */
export interface UniqueDetails {
  doc: string
  /** Whole segments no other document matches. */
  segments: Segment[]
  /** Details this document adds inside claims it shares. */
  details: Detail[]
}

/**
 * Details shorter than this many words ("Department", "due") are word-level leftovers of the diff:
 * the details panel still shows them inside their claim, but the summary lists only real additions.
 */
export const MIN_LISTED_DETAIL_WORDS = 3

/**
 * A detail read as a phrase (`The UN chief`) is listed by its new words, not the phrase around
 * them: at least this many content words no other side says.
 */
export const MIN_LISTED_NEW_WORDS = 2

/** True when a detail is a real addition, worth listing in the summary. */
function isListed(detail: Detail): boolean {
  if (detail.newWords !== undefined) return detail.newWords >= MIN_LISTED_NEW_WORDS
  return detail.text.trim().split(/\s+/).length >= MIN_LISTED_DETAIL_WORDS
}

/** Unique segments and added details worth listing, per document in input order. */
export function uniqueDetails(report: Report, index: ReportIndex): UniqueDetails[] {
  const unique = new Set(report.unique)
  return report.documents.map((doc) => ({
    doc: doc.id,
    segments: (index.byDocument.get(doc.id) ?? []).filter((segment) => unique.has(segment.id)),
    details: report.claims.flatMap((claim) =>
      claim.details.filter((detail) => detail.doc === doc.id && isListed(detail)),
    ),
  }))
}
