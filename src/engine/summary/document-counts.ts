import type { ReportIndex, SegmentStatus } from './report-index.ts'

/** How many segments of one document carry each status; boilerplate includes duplicates. */
export interface DocumentCounts {
  agreement: number
  partial: number
  discrepancy: number
  unique: number
  boilerplate: number
}

/** Counts per document id, by status. */
export function countByDocument(index: ReportIndex): Map<string, DocumentCounts> {
  const counts = new Map<string, DocumentCounts>()
  for (const [doc, segments] of index.byDocument) {
    const tally: DocumentCounts = { agreement: 0, partial: 0, discrepancy: 0, unique: 0, boilerplate: 0 }
    for (const segment of segments) {
      const status: SegmentStatus = index.status.get(segment.id) ?? 'unique'
      tally[status === 'duplicate' ? 'boilerplate' : status]++
    }
    counts.set(doc, tally)
  }
  return counts
}
