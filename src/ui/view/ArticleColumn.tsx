import type { ReactNode, RefObject } from 'react'
import type { DocumentCounts, ReportDocument, Segment } from '../../engine/report-api.ts'
import { ColumnHeader } from './ColumnHeader.tsx'
import { type ScrollTarget, SegmentList } from './SegmentList.tsx'

export interface ArticleColumnProps {
  document: ReportDocument
  counts: DocumentCounts | undefined
  /** The article shares no claim with the others. */
  isolated: boolean
  /** The segments that pass the filters, in text order. */
  segments: Segment[]
  /** How many segments the filters hide, so nothing disappears silently. */
  hidden: number
  target: ScrollTarget | null
  scrollRef: RefObject<HTMLElement | null>
  onScroll?(): void
  renderSegment(segment: Segment): ReactNode
}

/** One article: its header, then its segments in their own scroll area. */
export function ArticleColumn({ document, counts, isolated, segments, hidden, ...list }: ArticleColumnProps) {
  return (
    <article
      aria-labelledby={`title-${document.id}`}
      className="flex min-h-0 min-w-56 flex-1 flex-col rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <ColumnHeader document={document} counts={counts} isolated={isolated} />
      <section
        ref={list.scrollRef}
        onScroll={list.onScroll}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={`${document.source ?? document.title} text`}
        className="relative min-h-0 flex-1 overflow-y-auto text-sm leading-relaxed focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {hidden > 0 && (
          <p className="px-3 pt-2 text-xs text-slate-600 dark:text-slate-400">
            {hidden} {hidden === 1 ? 'segment' : 'segments'} hidden by the filters.
          </p>
        )}
        {segments.length === 0 && <p className="px-3 py-2 text-sm">No segment matches the filters.</p>}
        <SegmentList
          doc={document.id}
          segments={segments}
          scrollRef={list.scrollRef}
          target={list.target}
          renderSegment={list.renderSegment}
        />
      </section>
    </article>
  )
}
