import { type Claim, type Segment, type SegmentStatus, segmentPieces } from '../../engine/report-api.ts'
import { MarksSummary, SegmentText } from './SegmentText.tsx'
import { StatusIcon } from './StatusIcon.tsx'
import { statusStyles } from './status-styles.ts'

export interface SegmentItemProps {
  segment: Segment
  status: SegmentStatus
  claim: Claim | undefined
  selected: boolean
  /** Linked to the segment under the pointer. */
  linked: boolean
  query: string
  /** A person gave a verdict on the claim this segment belongs (or belonged) to. */
  reviewed: boolean
  onSelect(segmentId: string): void
  onHover(segmentId: string | null): void
}

/** One segment, highlighted by status; clicking or focusing it selects its claim in every column. */
export function SegmentItem({
  segment,
  status,
  claim,
  selected,
  linked,
  query,
  reviewed,
  ...events
}: SegmentItemProps) {
  const style = statusStyles[status]
  const pieces = segmentPieces(segment, claim, { showChanges: selected, query })
  const ring = selected
    ? 'ring-2 ring-slate-900 dark:ring-slate-100'
    : linked
      ? 'ring-1 ring-slate-500 dark:ring-slate-400'
      : ''
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> cannot hold the marked text as selectable prose
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      data-segment-id={segment.id}
      data-status={status}
      data-selected={selected ? 'true' : undefined}
      onClick={() => events.onSelect(segment.id)}
      onFocus={() => events.onSelect(segment.id)}
      onKeyDown={(event) => {
        if (event.key === ' ') {
          event.preventDefault()
          events.onSelect(segment.id)
        }
      }}
      onMouseEnter={() => events.onHover(segment.id)}
      onMouseLeave={() => events.onHover(null)}
      className={`flex cursor-pointer gap-2 rounded-r border-l-4 py-1.5 pr-2 pl-2 scroll-my-16 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400 ${style.segment} ${ring} ${segment.role === 'headline' ? 'text-base font-semibold' : ''}`}
    >
      <StatusIcon status={status} />
      <span dir="auto" className="min-w-0 flex-1">
        <SegmentText pieces={pieces} />
        <MarksSummary pieces={pieces} />
        {segment.reason && <span className="ml-1 text-xs not-italic">({segment.reason})</span>}
        {reviewed && (
          <span className="ml-1.5 rounded bg-blue-100 px-1 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">
            reviewed
          </span>
        )}
      </span>
    </div>
  )
}
