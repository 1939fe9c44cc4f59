import type { Claim, DifferenceKind, Segment } from '../types.ts'

/** A fact span longer than this many words (a quote, a whole clause) is drawn as the words in it that differ. */
const LONG_FACT_WORDS = 5

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

/**
 * Fact marks a reader can act on. A span covering the whole segment says the side lacks the value
 * (a negation's affirmed side): no word in it differs, so it is not drawn. A long span (a quote)
 * is cut down to the changed words inside it, so a reworded quote shows its differing words and
 * not the sentence. Short spans (a number, a date, a name) stay as they are.
 */
export function narrowFacts(ranges: MarkRange[], segment: Segment, changed: () => MarkRange[]): MarkRange[] {
  const text = segment.text
  const whole = (range: MarkRange) =>
    range.start <= text.length - text.trimStart().length && range.end >= text.trimEnd().length
  const long = (range: MarkRange) =>
    text.slice(range.start, range.end).trim().split(/\s+/u).length > LONG_FACT_WORDS
  return ranges.flatMap((range) => {
    if (range.kind !== 'fact' || !long(range)) return [range]
    if (whole(range)) return []
    return changed().flatMap((words) => {
      const start = Math.max(words.start, range.start)
      const end = Math.min(words.end, range.end)
      return end > start ? [{ ...range, start, end }] : []
    })
  })
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
