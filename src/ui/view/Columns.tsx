import { createRef, type RefObject, useMemo, useState } from 'react'
import {
  filterSegments,
  findOverride,
  linkedSegments,
  linkPairs,
  type Overrides,
  type Review,
  type Segment,
} from '../../engine/report-api.ts'
import { ArticleColumn } from './ArticleColumn.tsx'
import { ColumnChooser } from './ColumnChooser.tsx'
import { columnsShown, columnsThatFit, columnToReveal } from './columns-shown.ts'
import { DocumentTabs } from './DocumentTabs.tsx'
import { Gutter } from './Gutter.tsx'
import { SegmentItem } from './SegmentItem.tsx'
import { isMeasuring, useElementWidth } from './use-element-width.ts'
import { useMediaQuery } from './use-media-query.ts'
import type { ViewState } from './use-view-state.ts'

export interface ColumnsProps {
  review: Review
  overrides: Overrides
  state: ViewState
  onSelect(segmentId: string, origin: string): void
  onHover(segmentId: string | null): void
  onTab(doc: string): void
}

/**
 * The articles side by side (tabs on a narrow screen), with connectors between two columns. When
 * more articles than fit at a readable width, the first ones show and a chooser brings in the rest.
 */
export function Columns({ review, overrides, state, onSelect, onHover, onTab }: ColumnsProps) {
  const wide = useMediaQuery('(min-width: 768px)')
  const { report, index } = review
  const [scrolled, setScrolled] = useState(0)
  const [picks, setPicks] = useState<string[]>([])
  const [jump, setJump] = useState(state.scroll)
  const [row, setRow] = useState<HTMLDivElement | null>(null)
  const width = useElementWidth(row)
  const refs = useMemo(
    () => new Map(report.documents.map((doc) => [doc.id, createRef<HTMLElement>()])),
    [report.documents],
  )
  const ids = report.documents.map((doc) => doc.id)
  // Columns mount only once the row's width is known, so a wide comparison never mounts them all first.
  const shown = isMeasuring(width) ? [] : columnsShown(ids, picks, columnsThatFit(width, ids.length))
  if (state.scroll !== jump) {
    // A jump (next discrepancy, a summary link) to an article not shown brings it in, once per jump.
    setJump(state.scroll)
    const reveal =
      shown.length > 0 ? columnToReveal(state.scroll, shown, (id) => index.segments.get(id)?.doc) : null
    if (reveal) setPicks((list) => [...list.filter((id) => id !== reveal), reveal])
  }
  const [first, second] = report.documents
  const pairs = useMemo(
    () => (first && second ? linkPairs(report, index, first.id, second.id) : []),
    [report, index, first, second],
  )
  // Derived from the current report, so an override that dissolves a claim unlinks at once.
  const selected = linkedSegments(index, state.selected)
  const hovered = linkedSegments(index, state.hovered)
  const renderSegment = (segment: Segment) => (
    <SegmentItem
      segment={segment}
      status={index.status.get(segment.id) ?? 'unique'}
      claim={index.claimOf.get(segment.id)}
      selected={selected.includes(segment.id)}
      linked={hovered.includes(segment.id)}
      query={state.query}
      reviewed={findOverride(overrides, segment.id) !== null}
      onSelect={(id) => onSelect(id, segment.doc)}
      onHover={onHover}
    />
  )
  const column = (doc: (typeof report.documents)[number]) => {
    const segments = filterSegments(index, doc.id, state.filter, state.query)
    return (
      <ArticleColumn
        key={doc.id}
        document={doc}
        counts={review.counts.get(doc.id)}
        isolated={review.isolated.includes(doc.id)}
        segments={segments}
        hidden={(index.byDocument.get(doc.id)?.length ?? 0) - segments.length}
        target={state.scroll}
        scrollRef={refs.get(doc.id) as RefObject<HTMLElement | null>}
        onScroll={() => setScrolled((n) => n + 1)}
        renderSegment={renderSegment}
      />
    )
  }
  if (!wide) {
    const active = report.documents.find((doc) => doc.id === state.tab) ?? first
    return (
      <DocumentTabs
        documents={report.documents}
        active={active?.id ?? ''}
        isolated={review.isolated}
        onTab={onTab}
      >
        {active && column(active)}
      </DocumentTabs>
    )
  }
  if (report.documents.length === 2 && first && second) {
    return (
      <div className="flex h-full min-h-0">
        {column(first)}
        <Gutter
          pairs={pairs}
          leftRef={refs.get(first.id) as RefObject<HTMLElement | null>}
          rightRef={refs.get(second.id) as RefObject<HTMLElement | null>}
          version={scrolled}
          selected={selected}
        />
        {column(second)}
      </div>
    )
  }
  const show = (doc: string) => {
    setPicks((list) => [...list.filter((id) => id !== doc), doc])
    // The button goes away with the pick: carry the focus on to the article it brought in.
    requestAnimationFrame(() => refs.get(doc)?.current?.focus())
  }
  return (
    <div className="flex h-full min-h-0 flex-col">
      {shown.length > 0 && (
        <ColumnChooser documents={report.documents} shown={shown} isolated={review.isolated} onShow={show} />
      )}
      <div ref={setRow} className="relative flex min-h-0 flex-1 gap-3 overflow-x-auto">
        {report.documents.filter((doc) => shown.includes(doc.id)).map(column)}
      </div>
    </div>
  )
}
