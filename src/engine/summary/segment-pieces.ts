import type { Claim, Segment } from '../types.ts'
import { changedRanges } from './changed-words.ts'
import {
  factRanges,
  type MarkRange,
  narrowFacts,
  pieceText,
  searchRanges,
  type TextPiece,
} from './text-marks.ts'

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
  let changed: MarkRange[] | undefined
  const changes = () => {
    changed ??= claim ? changedRanges(claim, segment) : []
    return changed
  }
  const ranges = [
    ...(claim ? narrowFacts(factRanges(claim, segment), segment, changes) : []),
    ...(options.showChanges ? changes() : []),
    ...searchRanges(segment.text, options.query),
  ]
  return pieceText(segment.text, ranges)
}
