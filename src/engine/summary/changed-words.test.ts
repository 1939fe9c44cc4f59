import { describe, expect, it } from 'vitest'
import type { Claim, Segment } from '../types.ts'
import { changedRanges } from './changed-words.ts'
import { sampleReport } from './sample-report.ts'
import { pieceText } from './text-marks.ts'

const report = sampleReport()
const segmentOf = (id: string) => report.segments.find((s) => s.id === id) as Segment
/** `[marked]` markup for a segment's changed words, compact to read in an assertion. */
const markup = (claim: Claim, segment: Segment) =>
  pieceText(segment.text, changedRanges(claim, segment))
    .map((piece) => (piece.marks.length > 0 ? `[${piece.text}]` : piece.text))
    .join('')
const segment = (doc: string, id: string, text: string): Segment => ({
  id,
  doc,
  start: 0,
  end: text.length,
  text,
  role: 'body',
})
const claimOf = (segments: Segment[], diffs: Claim['diffs']): Claim => ({
  id: 'c',
  segments: segments.map((s) => s.id),
  status: 'partial',
  score: 0.5,
  differences: [],
  details: [],
  diffs,
})

describe('changedRanges', () => {
  it('marks the differing words of a reworded quote, not the function words around them', () => {
    const claim = report.claims[2] as Claim
    expect(markup(claim, segmentOf('aljazeera:3'))).toContain(
      'we hope, as [soon as possible, at the end] of January',
    )
    expect(markup(claim, segmentOf('cnn:3'))).toContain('we hope, in the [nearest future, during] January')
  })

  it('leaves a word the other side also uses unmarked, even inside a changed stretch', () => {
    const a = segment('a', 'a:0', 'The coastguard evacuated a burning ferry near Port Alder.')
    const b = segment('b', 'b:0', 'A fire broke out on the ferry near Port Alder.')
    const claim = claimOf(
      [a, b],
      [
        {
          from: a.id,
          to: b.id,
          ops: [
            [-1, 'The coastguard evacuated a burning ferry'],
            [1, 'A fire broke out on the ferry'],
            [0, ' near Port Alder.'],
          ],
        },
      ],
    )
    expect(markup(claim, a)).toBe('The [coastguard evacuated a burning] ferry near Port Alder.')
    expect(markup(claim, b)).toBe('A [fire broke] out on the ferry near Port Alder.')
  })

  it('marks a word of the first segment only when it differs from every other segment', () => {
    const a = segment('a', 'a:0', 'All 212 passengers left.')
    const b = segment('b', 'b:0', 'All 210 passengers left.')
    const c = segment('c', 'c:0', 'All 212 travellers left.')
    const claim = claimOf(
      [a, b, c],
      [
        {
          from: a.id,
          to: b.id,
          ops: [
            [0, 'All '],
            [-1, '212'],
            [1, '210'],
            [0, ' passengers left.'],
          ],
        },
        {
          from: a.id,
          to: c.id,
          ops: [
            [0, 'All 212 '],
            [-1, 'passengers'],
            [1, 'travellers'],
            [0, ' left.'],
          ],
        },
      ],
    )
    expect(changedRanges(claim, a)).toEqual([])
    expect(markup(claim, b)).toBe('All [210] passengers left.')
    expect(markup(claim, c)).toBe('All 212 [travellers] left.')
  })

  it('ignores a diff that does not rebuild the segment', () => {
    const claim = { ...(report.claims[2] as Claim) }
    claim.diffs = [{ from: 'aljazeera:3', to: 'cnn:3', ops: [[-1, 'nope']] }]
    expect(changedRanges(claim, segmentOf('aljazeera:3'))).toEqual([])
  })
})
