import { documentName, queueStopOf, type Review } from '../../engine/report-api.ts'
import { statusStyles } from './status-styles.ts'

export interface SelectionAnnouncerProps {
  review: Review
  selected: string | null
}

/** Tells screen readers what was selected, so keyboard navigation through discrepancies is heard. */
export function SelectionAnnouncer({ review, selected }: SelectionAnnouncerProps) {
  const { index, queues, report } = review
  const segment = selected ? index.segments.get(selected) : undefined
  let message = ''
  if (segment) {
    const claim = index.claimOf.get(segment.id)
    const status = statusStyles[index.status.get(segment.id) ?? 'unique'].label
    const docs = [...new Set((claim?.segments ?? [segment.id]).map((id) => index.segments.get(id)?.doc))]
    const names = report.documents.filter((doc) => docs.includes(doc.id)).map(documentName)
    const position = queues.discrepancies.indexOf(queueStopOf(index, segment.id))
    const of = position >= 0 ? `, discrepancy ${position + 1} of ${queues.discrepancies.length}` : ''
    message = `${status} selected in ${names.join(' and ')}${of}.`
  }
  return (
    <p aria-live="polite" className="sr-only">
      {message}
    </p>
  )
}
