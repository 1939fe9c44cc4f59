import { type Dispatch, useEffect } from 'react'
import { linkedSegments, type ReportIndex } from '../../engine/report-api.ts'
import type { ViewAction } from './use-view-state.ts'

/**
 * How long the pointer rests on a segment before its claim's segments scroll into view in the
 * other columns. Long enough that sweeping the pointer across a column does not make the others
 * jump, short enough to feel like a response to pointing.
 */
export const HOVER_REVEAL_DELAY_MS = 400

/**
 * Brings the hovered segment's linked segments into view in every other column once the pointer
 * rests on it: only columns where the counterpart is off screen scroll, and the hovered column
 * never does, so the segment under the pointer stays put.
 */
export function useHoverReveal(hovered: string | null, index: ReportIndex, dispatch: Dispatch<ViewAction>) {
  useEffect(() => {
    if (hovered === null) return
    const origin = index.segments.get(hovered)?.doc
    const linked = linkedSegments(index, hovered)
    if (origin === undefined || linked.length < 2) return
    const timer = setTimeout(() => dispatch({ type: 'reveal', linked, origin }), HOVER_REVEAL_DELAY_MS)
    return () => clearTimeout(timer)
  }, [hovered, index, dispatch])
}
