import type { Claim, Report } from '../types.ts'
import { claimAnchor, claimOrder, type ReportIndex } from './report-index.ts'

/** How one document covers one claim. */
export type CoverageCell = 'agree' | 'partial' | 'differ' | 'absent'

/** One row of the coverage matrix: a claim and how each document covers it. */
export interface CoverageRow {
  claim: string
  /** The claim's wording in the first document that carries it, to name the row. */
  label: string
  /** Document id → coverage. */
  cells: Record<string, CoverageCell>
  /** Document id → the document's first segment in the claim, for jumping there. */
  segments: Record<string, string>
}

const cellOf: Record<Claim['status'], CoverageCell> = {
  agreement: 'agree',
  partial: 'partial',
  discrepancy: 'differ',
}

/** The claims × documents matrix, claims in reading order. */
export function coverageMatrix(report: Report, index: ReportIndex): CoverageRow[] {
  return sortByReading(report.claims, index).map((claim) => {
    const cells: Record<string, CoverageCell> = {}
    const segments: Record<string, string> = {}
    for (const doc of report.documents) cells[doc.id] = 'absent'
    for (const id of claim.segments) {
      const segment = index.segments.get(id)
      if (!segment || segment.doc in segments) continue
      segments[segment.doc] = id
      cells[segment.doc] = cellOf[claim.status]
    }
    const first = index.segments.get(claimAnchor(claim))
    return { claim: claim.id, label: first?.text ?? claim.id, cells, segments }
  })
}

/** Claims sorted by where they first appear in reading order. */
export function sortByReading(claims: Claim[], index: ReportIndex): Claim[] {
  return [...claims].sort((a, b) => claimOrder(index, a) - claimOrder(index, b))
}
