import type { Review } from '../../engine/summary/review.ts'

export interface SummaryPanelProps {
  review: Review
  onJump(segmentId: string): void
}

/** The comparison at a glance (placeholder until the summary sections land). */
export function SummaryPanel({ review }: SummaryPanelProps) {
  return <p className="text-sm">{review.report.claims.length} claims shared.</p>
}
