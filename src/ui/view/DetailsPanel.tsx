import {
  claimKey,
  documentName,
  documentsReporting,
  findOverride,
  formatProbability,
  type Overrides,
  type OverrideVerdict,
  type Review,
} from '../../engine/report-api.ts'
import { ClaimEvidence } from './ClaimEvidence.tsx'
import { ClaimFindings } from './ClaimFindings.tsx'
import { ClaimWording } from './ClaimWording.tsx'
import { OtherClaims } from './OtherClaims.tsx'
import { OverrideControls, verdictLabels } from './OverrideControls.tsx'
import { StatusIcon } from './StatusIcon.tsx'
import { statusStyles } from './status-styles.ts'

export interface DetailsPanelProps {
  review: Review
  selected: string | null
  overrides: Overrides
  onOverride(key: string, verdict: OverrideVerdict | null): void
  /** Selects a segment, showing its claim. */
  onJump(segmentId: string): void
}

/** The selected claim: each source's wording, its differences in words, why it matched, and the review buttons. */
export function DetailsPanel({ review, selected, overrides, onOverride, onJump }: DetailsPanelProps) {
  const { report, index } = review
  const segment = selected ? index.segments.get(selected) : undefined
  if (!segment) {
    return <p className="text-sm">Select a passage, or press N for the next discrepancy.</p>
  }
  const status = index.status.get(segment.id) ?? 'unique'
  const claim = index.claimOf.get(segment.id)
  const doc = report.documents.find((d) => d.id === segment.doc)
  if (!claim) {
    const override = findOverride(overrides, segment.id)
    return (
      <section aria-label="Passage details">
        <p className="text-sm font-semibold">
          <StatusIcon status={status} />
          {status === 'unique'
            ? `Only ${doc ? documentName(doc) : segment.doc} reports this`
            : statusStyles[status].label}
          {segment.reason && ` (${segment.reason})`}
        </p>
        <blockquote className="mt-2 text-sm leading-relaxed">{segment.text}</blockquote>
        {status !== 'unique' && (
          <p className="mt-2 text-sm">Page furniture is shown dimmed and not compared.</p>
        )}
        {override && (
          <p className="mt-3 text-sm">
            Reviewed: {verdictLabels[override.verdict].toLowerCase()}.{' '}
            <button type="button" className="underline" onClick={() => onOverride(override.key, null)}>
              Undo
            </button>
          </p>
        )}
      </section>
    )
  }
  const key = claimKey(claim)
  const verdict = overrides[key]
  return (
    <section aria-label="Claim details">
      <p className="flex flex-wrap items-center gap-x-3 text-sm">
        <span className="font-semibold">
          <StatusIcon status={claim.status} />
          {statusStyles[claim.status].label}
        </span>
        <span title="The match model's mean probability, over the claim's pairs of sources, that they report the same claim">
          {formatProbability(claim.score)} likely the same claim
        </span>
        <span>
          Reported by {documentsReporting(index, claim).length} of {report.documents.length} sources
        </span>
        {verdict && (
          <span className="rounded bg-blue-100 px-1.5 text-blue-900 dark:bg-blue-900 dark:text-blue-100">
            Reviewed: {verdictLabels[verdict]}
          </span>
        )}
      </p>
      <h3 className="mt-3 mb-1 text-sm font-semibold">How each source words it</h3>
      <ClaimWording claim={claim} documents={report.documents} index={index} />
      <ClaimFindings claim={claim} documents={report.documents} />
      <OtherClaims review={review} segmentId={segment.id} onJump={onJump} />
      <ClaimEvidence claim={claim} documents={report.documents} index={index} />
      <OverrideControls current={verdict} onChange={(next) => onOverride(key, next)} />
    </section>
  )
}
