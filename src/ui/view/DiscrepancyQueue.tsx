import { describeDifference, type Review } from '../../engine/report-api.ts'
import { linkButton } from './summary-styles.ts'

export interface DiscrepancyQueueProps {
  review: Review
  onJump(segmentId: string): void
}

/** Every discrepancy in reading order, to work through one by one. */
export function DiscrepancyQueue({ review, onJump }: DiscrepancyQueueProps) {
  const { index, queues, report } = review
  if (queues.discrepancies.length === 0) return <p className="text-sm">No discrepancies found.</p>
  return (
    <ol className="list-decimal space-y-2 pl-5 text-sm">
      {queues.discrepancies.map((id) => {
        const claim = index.claimOf.get(id)
        return (
          <li key={id}>
            <button type="button" className={linkButton} onClick={() => onJump(id)}>
              {index.segments.get(id)?.text}
            </button>
            <ul className="text-xs text-slate-700 dark:text-slate-300">
              {claim?.differences.map((difference) => {
                const text = describeDifference(difference, report.documents)
                return <li key={text}>{text}</li>
              })}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
