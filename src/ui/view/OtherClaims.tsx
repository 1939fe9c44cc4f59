import { useId } from 'react'
import { documentName, documentsReporting, otherClaimsOf, type Review } from '../../engine/report-api.ts'

export interface OtherClaimsProps {
  review: Review
  segmentId: string
  /** Selects a segment, showing its claim. */
  onJump(segmentId: string): void
}

/** Words of a passage shown in a button before it is cut short. */
const EXCERPT_WORDS = 14

/**
 * The other claims the selected passage makes (a lede that reports an event, its toll and its
 * injured takes part in each), each a button that shows that claim.
 */
export function OtherClaims({ review, segmentId, onJump }: OtherClaimsProps) {
  const headingId = useId()
  const { report, index } = review
  const others = otherClaimsOf(index, segmentId)
  if (others.length === 0) return null
  return (
    <>
      <h3 id={headingId} className="mt-4 text-sm font-semibold">
        This passage also reports {others.length === 1 ? 'another claim' : `${others.length} other claims`}
      </h3>
      <ul aria-labelledby={headingId} className="mt-1 space-y-1 text-sm">
        {others.map(({ claim, anchor }) => {
          const doc = report.documents.find((d) => d.id === anchor.doc)
          const words = anchor.text.split(/\s+/)
          const excerpt =
            words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}…` : anchor.text
          return (
            <li key={claim.id}>
              <button
                type="button"
                className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                onClick={() => onJump(anchor.id)}
              >
                {excerpt}
              </button>{' '}
              <span className="text-slate-600 dark:text-slate-300">
                ({doc ? documentName(doc) : anchor.doc}; reported by {documentsReporting(index, claim).length}{' '}
                of {report.documents.length} sources)
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
