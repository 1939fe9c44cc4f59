import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { type ReactNode, type RefObject, useEffect } from 'react'
import type { Segment } from '../../engine/report-api.ts'
import { segmentSelector } from './segment-selector.ts'

/** Lists longer than this render only what is on screen. */
export const VIRTUALIZE_FROM = 150

/** A request to bring a claim's segments into view; a new object for every request. */
export interface ScrollTarget {
  /** The linked segments, in every document. */
  segmentIds: string[]
  /** The document the request came from, which does not scroll; null scrolls every column. */
  origin: string | null
  /** Scroll only a column whose linked segment is out of view (a hover), rather than centre it. */
  nearest?: boolean
}

export interface SegmentListProps {
  doc: string
  segments: Segment[]
  scrollRef: RefObject<HTMLElement | null>
  target: ScrollTarget | null
  renderSegment(segment: Segment): ReactNode
}

/** The segments of a column, virtualised when long; scrolls a claim's segment into view by index. */
export function SegmentList(props: SegmentListProps) {
  return props.segments.length >= VIRTUALIZE_FROM ? <VirtualList {...props} /> : <PlainList {...props} />
}

/** The position in the list of the segment this column should bring into view, or -1. */
function targetIndex(doc: string, segments: Segment[], target: ScrollTarget | null): number {
  if (!target || target.origin === doc) return -1
  return segments.findIndex((segment) => target.segmentIds.includes(segment.id))
}

function PlainList({ doc, segments, scrollRef, target, renderSegment }: SegmentListProps) {
  useEffect(() => {
    const segment = segments[targetIndex(doc, segments, target)]
    if (!segment) return
    // Scroll the column itself, never the page: scrollIntoView would move every scrolling ancestor.
    const area = scrollRef.current
    const element = area?.querySelector<HTMLElement>(segmentSelector(segment.id))
    if (!area || !element) return
    if (target?.nearest && isInside(element, area)) return
    const offset = element.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop
    const top = offset - (area.clientHeight - element.offsetHeight) / 2
    // On a phone the column may sit below the fold: bring it onto the screen first, at once,
    // because a second smooth scroll would cancel the column's own.
    area.scrollIntoView?.({ block: 'nearest' })
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    area.scrollTo?.({ top: Math.max(0, top), behavior: still ? 'auto' : 'smooth' })
  }, [doc, target, segments, scrollRef])
  return (
    <div className="space-y-1.5 p-3">
      {segments.map((segment) => (
        <div key={segment.id}>{renderSegment(segment)}</div>
      ))}
    </div>
  )
}

/** True when the element shows whole within the scrolling area. */
function isInside(element: HTMLElement, area: HTMLElement): boolean {
  const box = element.getBoundingClientRect()
  const frame = area.getBoundingClientRect()
  return box.top >= frame.top && box.bottom <= frame.bottom
}

function VirtualList({ doc, segments, scrollRef, target, renderSegment }: SegmentListProps) {
  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 2,
    getItemKey: (index) => segments[index]?.id ?? index,
    initialRect: { width: 400, height: 600 },
    measureElement: measureFromObserver,
  })
  useEffect(() => {
    const index = targetIndex(doc, segments, target)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: target?.nearest ? 'auto' : 'center' })
  }, [doc, target, segments, virtualizer])
  return (
    <div className="relative p-3" style={{ height: virtualizer.getTotalSize() + 24 }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="absolute inset-x-3 pb-1.5"
          style={{ transform: `translateY(${item.start + 12}px)` }}
        >
          {renderSegment(segments[item.index] as Segment)}
        </div>
      ))}
    </div>
  )
}

/**
 * Row sizes come from the virtualiser's ResizeObserver, which reports them after layout and before
 * paint. Measuring in the ref callback instead would force one synchronous layout per row: 33 ms of
 * a 118 ms main-thread task when ten long columns appeared at once.
 */
function measureFromObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0]
  if (box) return Math.round(box.blockSize)
  const index = instance.indexFromElement(element)
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  )
}
