import type { Claim, DifferenceKind, Segment } from '../types.ts'

/**
 * What a mark inside a segment means: `changed` words from the claim's word diff, a differing
 * `fact` (a difference span), a `detail` one side adds, or a search `hit`.
 */
export type MarkKind = 'changed' | 'fact' | 'detail' | 'hit'

/** A marked range, in offsets relative to the segment's text. */
export interface MarkRange {
  start: number
  end: number
  kind: MarkKind
  /** For `fact` marks: which kind of fact differs. */
  fact?: DifferenceKind
}

/** A run of a segment's text that carries the same marks; the view draws one element per piece. */
export interface TextPiece {
  /** Offset relative to the segment's text. */
  start: number
  text: string
  /** Every mark covering this run, in the order the ranges were given. */
  marks: MarkRange[]
}

/**
 * Ranges of the words that differ in this segment, from the claim's word diffs: deletions on
 * the `from` side, insertions on the `to` side. A diff whose text does not rebuild the segment
 * is ignored rather than drawn at the wrong place.
 */
export function changedRanges(claim: Claim, segment: Segment): MarkRange[] {
  const ranges: MarkRange[] = []
  for (const diff of claim.diffs ?? []) {
    const side = diff.from === segment.id ? -1 : diff.to === segment.id ? 1 : 0
    if (side === 0) continue
    const found: MarkRange[] = []
    let position = 0
    for (const [op, text] of diff.ops) {
      if (op !== 0 && op !== side) continue
      if (op === side && text.trim() !== '') {
        const lead = text.length - text.trimStart().length
        found.push({ start: position + lead, end: position + text.trimEnd().length, kind: 'changed' })
      }
      position += text.length
    }
    if (position === segment.text.length) for (const range of found) ranges.push(range)
  }
  return ranges
}

/** Ranges of the differing facts and added details of a claim that sit in this segment. */
export function factRanges(claim: Claim, segment: Segment): MarkRange[] {
  const ranges: MarkRange[] = []
  const clip = (start: number, end: number) => ({
    start: Math.max(start, segment.start) - segment.start,
    end: Math.min(end, segment.end) - segment.start,
  })
  for (const difference of claim.differences) {
    for (const span of difference.spans ?? []) {
      if (span.doc !== segment.doc || span.end <= segment.start || span.start >= segment.end) continue
      ranges.push({ ...clip(span.start, span.end), kind: 'fact', fact: difference.kind })
    }
  }
  for (const detail of claim.details) {
    if (detail.doc !== segment.doc || detail.end <= segment.start || detail.start >= segment.end) continue
    ranges.push({ ...clip(detail.start, detail.end), kind: 'detail' })
  }
  return ranges
}

/** Ranges where the query occurs in the text, ignoring case; an empty query finds nothing. */
export function searchRanges(text: string, query: string): MarkRange[] {
  const needle = query.trim()
  if (needle === '') return []
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu')
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'hit' as const,
  }))
}

/** Cuts a text into runs at every mark boundary, so overlapping marks can be drawn nested. */
export function pieceText(text: string, ranges: MarkRange[]): TextPiece[] {
  const cuts = new Set([0, text.length])
  for (const range of ranges) {
    if (range.end <= range.start) continue
    cuts.add(Math.max(0, range.start))
    cuts.add(Math.min(text.length, range.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: TextPiece[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const marks = ranges.filter(
      (range) => range.start <= start && range.end >= end && range.end > range.start,
    )
    pieces.push({ start, text: text.slice(start, end), marks })
  }
  return pieces
}
