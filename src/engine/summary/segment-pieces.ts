import type { Claim, Segment } from '../types.ts'
import { changedRanges, factRanges, pieceText, searchRanges, type TextPiece } from './text-marks.ts'

/** What to mark in a segment beyond its claim's facts. */
export interface PieceOptions {
  /** Mark the words that differ from the other sources (the claim is selected). */
  showChanges: boolean
  /** Mark search hits for this query. */
  query: string
}

/** A segment's text in runs, with its claim's differing facts, details, word changes and search hits marked. */
export function segmentPieces(
  segment: Segment,
  claim: Claim | undefined,
  options: PieceOptions,
): TextPiece[] {
  const ranges = [
    ...(claim ? factRanges(claim, segment) : []),
    ...(claim && options.showChanges ? changedRanges(claim, segment) : []),
    ...searchRanges(segment.text, options.query),
  ]
  return pieceText(segment.text, ranges)
}
