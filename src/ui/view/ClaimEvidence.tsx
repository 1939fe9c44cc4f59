import { useId } from 'react'
import {
  type Claim,
  documentName,
  formatProbability,
  type ReportDocument,
  type ReportIndex,
} from '../../engine/report-api.ts'

export interface ClaimEvidenceProps {
  claim: Claim
  documents: ReportDocument[]
  index: ReportIndex
}

/** Reasons shown per link: the strongest few say why; the rest are in the JSON report. */
const REASONS_SHOWN = 4

/**
 * Why the claim's passages were matched: for each link the engine made, its probability of being
 * the same claim, the evidence in one line, and the features that weighed most, each in words.
 */
export function ClaimEvidence({ claim, documents, index }: ClaimEvidenceProps) {
  const headingId = useId()
  const links = claim.links ?? []
  if (links.length === 0) return null
  const sourceOf = (segmentId: string) => {
    const doc = documents.find((d) => d.id === index.segments.get(segmentId)?.doc)
    return doc ? documentName(doc) : segmentId
  }
  return (
    <>
      <h3 id={headingId} className="mt-4 text-sm font-semibold">
        Why these were matched
      </h3>
      <ul aria-labelledby={headingId} className="mt-1 space-y-2 text-sm">
        {links.map((link) => (
          <li key={`${link.from}-${link.to}`} className="border-l-4 border-slate-400 pl-2">
            <p>
              <span className="font-medium">
                {sourceOf(link.from)} and {sourceOf(link.to)}:
              </span>{' '}
              {formatProbability(link.probability)} likely the same claim
            </p>
            {link.summary && <p className="text-slate-700 dark:text-slate-300">{link.summary}</p>}
            {link.reasons.length > 0 && (
              <details className="mt-1">
                <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                  What weighed most
                </summary>
                <ul className="mt-1 list-none space-y-0.5">
                  {link.reasons.slice(0, REASONS_SHOWN).map((reason) => (
                    <li key={reason.feature}>
                      <span aria-hidden="true" className="inline-block w-4 font-mono">
                        {reason.logOdds >= 0 ? '+' : '−'}
                      </span>
                      <span className="sr-only">{reason.logOdds >= 0 ? 'for: ' : 'against: '}</span>
                      {reason.text}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
