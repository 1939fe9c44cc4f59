import type { Segment } from '../types.ts'
import type { ReportIndex, SegmentStatus } from './report-index.ts'
import { searchRanges } from './text-marks.ts'

/** Which segments the view shows: all, or only those of one status. */
export type StatusFilter = 'all' | 'discrepancy' | 'partial' | 'unique' | 'agreement'

/** The statuses each filter lets through. */
const passes: Record<StatusFilter, (status: SegmentStatus) => boolean> = {
  all: () => true,
  discrepancy: (status) => status === 'discrepancy',
  partial: (status) => status === 'partial',
  unique: (status) => status === 'unique',
  agreement: (status) => status === 'agreement',
}

/** A document's segments that pass the status filter and contain the search query. */
export function filterSegments(
  index: ReportIndex,
  doc: string,
  filter: StatusFilter,
  query: string,
): Segment[] {
  const segments = index.byDocument.get(doc) ?? []
  const searching = query.trim() !== ''
  if (filter === 'all' && !searching) return segments
  return segments.filter(
    (segment) =>
      passes[filter](index.status.get(segment.id) ?? 'unique') &&
      (!searching || searchRanges(segment.text, query).length > 0),
  )
}

/** The segment and the segments it is linked to through its claim (itself alone when unclaimed). */
export function linkedSegments(index: ReportIndex, segmentId: string | null): string[] {
  if (segmentId === null) return []
  return index.claimOf.get(segmentId)?.segments ?? [segmentId]
}
