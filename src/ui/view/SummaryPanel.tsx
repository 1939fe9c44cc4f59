import type { Review } from '../../engine/report-api.ts'
import { CoverageMatrix } from './CoverageMatrix.tsx'
import { DiscrepancyQueue } from './DiscrepancyQueue.tsx'
import { FactTable } from './FactTable.tsx'
import { QuoteCheck } from './QuoteCheck.tsx'
import { SimilarityList } from './SimilarityList.tsx'
import { SourceCounts } from './SourceCounts.tsx'
import { sectionTitle } from './summary-styles.ts'
import { UniqueList } from './UniqueList.tsx'

export interface SummaryPanelProps {
  review: Review
  onJump(segmentId: string): void
}

/** The comparison at a glance: the fact table first, then counts, similarity, coverage, discrepancies, unique details, quotes. */
export function SummaryPanel({ review, onJump }: SummaryPanelProps) {
  return (
    <div>
      <h3 className={sectionTitle}>What each outlet says</h3>
      <FactTable review={review} onJump={onJump} />
      <h3 className={sectionTitle}>Per source</h3>
      <SourceCounts review={review} />
      <h3 className={sectionTitle}>Similarity between sources</h3>
      <SimilarityList review={review} />
      <h3 className={sectionTitle}>Coverage matrix</h3>
      <CoverageMatrix review={review} onJump={onJump} />
      <h3 className={sectionTitle}>Discrepancies to check</h3>
      <DiscrepancyQueue review={review} onJump={onJump} />
      <h3 className={sectionTitle}>Unique details</h3>
      <UniqueList review={review} onJump={onJump} />
      <h3 className={sectionTitle}>Quote check</h3>
      <QuoteCheck review={review} onJump={onJump} />
    </div>
  )
}
