import type { Report } from '../types.ts'
import { sortByReading } from './coverage-matrix.ts'
import { claimAnchor, type ReportIndex } from './report-index.ts'

/** Segment ids to walk with "next" and "previous", one stop per claim or unique segment. */
export interface ReviewQueues {
  /** Each discrepancy claim's anchor (its first own segment), in reading order: the triage queue. */
  discrepancies: string[]
  /** Unique segments, in reading order. */
  unique: string[]
}

/** The stops for keyboard navigation through discrepancies and unique segments. */
export function reviewQueues(report: Report, index: ReportIndex): ReviewQueues {
  const discrepancies = sortByReading(
    report.claims.filter((claim) => claim.status === 'discrepancy'),
    index,
  ).map(claimAnchor)
  const unique = [...report.unique].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0))
  return { discrepancies, unique }
}

/**
 * Where a selected segment stands in the discrepancy queue: its claim's anchor, or the segment
 * itself when it has no claim (no discrepancy stop then).
 */
export function queueStopOf(index: ReportIndex, segmentId: string): string {
  const claim = index.claimOf.get(segmentId)
  return claim ? claimAnchor(claim) : segmentId
}

/** The stop after (or before, with step -1) the current one, wrapping around; null for an empty queue. */
export function stepQueue(queue: string[], current: string | null, step: 1 | -1): string | null {
  if (queue.length === 0) return null
  const at = current === null ? -1 : queue.indexOf(current)
  if (at === -1) return step === 1 ? (queue[0] as string) : (queue[queue.length - 1] as string)
  return queue[(at + step + queue.length) % queue.length] as string
}
