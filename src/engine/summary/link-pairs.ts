import type { ClaimStatus, Report } from '../types.ts'
import type { ReportIndex } from './report-index.ts'

/** A link between two documents' segments of one claim, for drawing a connector between columns. */
export interface LinkPair {
  claim: string
  left: string
  right: string
  status: ClaimStatus
}

/** For each claim shared by documents `a` and `b`, its first segment in each. */
export function linkPairs(report: Report, index: ReportIndex, a: string, b: string): LinkPair[] {
  const pairs: LinkPair[] = []
  for (const claim of report.claims) {
    const docs = claim.segments.map((id) => index.segments.get(id)?.doc)
    const left = claim.segments[docs.indexOf(a)]
    const right = claim.segments[docs.indexOf(b)]
    if (left && right) pairs.push({ claim: claim.id, left, right, status: claim.status })
  }
  return pairs
}
