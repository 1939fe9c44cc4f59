import { documentName, type Review } from '../../engine/report-api.ts'
import { linkButton } from './summary-styles.ts'

export interface UniqueListProps {
  review: Review
  onJump(segmentId: string): void
}

/** What only one source reports, per source: whole passages and details inside shared claims. */
export function UniqueList({ review, onJump }: UniqueListProps) {
  return (
    <div className="space-y-3 text-sm">
      {review.unique.map((entry) => {
        const doc = review.report.documents.find((d) => d.id === entry.doc)
        const name = doc ? documentName(doc) : entry.doc
        if (entry.segments.length === 0 && entry.details.length === 0) {
          return <p key={entry.doc}>Nothing only {name} reports.</p>
        }
        return (
          <section key={entry.doc} aria-label={`Only ${name} reports`}>
            <h4 className="font-medium">Only {name} reports</h4>
            <ul className="list-disc space-y-1 pl-5">
              {entry.segments.map((segment) => (
                <li key={segment.id}>
                  <button type="button" className={linkButton} onClick={() => onJump(segment.id)}>
                    {segment.text}
                  </button>
                </li>
              ))}
              {entry.details.map((detail) => (
                <li key={`${detail.doc}-${detail.start}`}>
                  {detail.segment ? (
                    <button type="button" className={linkButton} onClick={() => onJump(detail.segment ?? '')}>
                      adds “{detail.text}”
                    </button>
                  ) : (
                    <>adds “{detail.text}”</>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
