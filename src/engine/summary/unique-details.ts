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

/** Unique segments and added details, per document in input order. */
export function uniqueDetails(report: Report, index: ReportIndex): UniqueDetails[] {
  const unique = new Set(report.unique)
  return report.documents.map((doc) => ({
    doc: doc.id,
    segments: (index.byDocument.get(doc.id) ?? []).filter((segment) => unique.has(segment.id)),
    details: report.claims.flatMap((claim) => claim.details.filter((detail) => detail.doc === doc.id)),
  }))
}
