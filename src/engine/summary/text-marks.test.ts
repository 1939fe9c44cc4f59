import { describe, expect, it } from 'vitest'
import { sampleReport } from './sample-report.ts'
import { factRanges, type MarkRange, narrowFacts, pieceText, searchRanges } from './text-marks.ts'

const report = sampleReport()
const defined = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('fixture is missing a value')
  return value
}
const claim = defined(report.claims[2])
const segment = (id: string) => defined(report.segments.find((s) => s.id === id))
/** `[marked]` markup for ranges over a text, compact to read in an assertion. */
const markup = (text: string, ranges: MarkRange[]) =>
  pieceText(text, ranges)
    .map((piece) => (piece.marks.length > 0 ? `[${piece.text}]` : piece.text))
    .join('')

describe('text marks', () => {
  it('places difference spans and details relative to the segment', () => {
    const to = segment('cnn:3')
    expect(markup(to.text, factRanges(claim, to))).toContain('[in the nearest future, during January]')
    const partial = defined(report.claims[1])
    expect(markup(segment('cnn:2').text, factRanges(partial, segment('cnn:2')))).toContain(
      '[Wednesday in Davos]',
    )
  })

  it('drops a fact span that is the whole segment and cuts a long one down to its changed words', () => {
    const quote = segment('cnn:3')
    const fact = (start: number, end: number): MarkRange => ({ start, end, kind: 'fact', fact: 'quote' })
    const changed: MarkRange[] = [{ start: 51, end: 65, kind: 'changed' }]
    expect(narrowFacts([fact(0, quote.text.length)], quote, () => changed)).toEqual([])
    expect(
      markup(
        quote.text,
        narrowFacts([fact(1, 80)], quote, () => changed),
      ),
    ).toContain('in the [nearest future], during')
    expect(narrowFacts([fact(1, 4)], quote, () => changed)).toEqual([fact(1, 4)])
  })

  it('finds search hits ignoring case, and nothing for an empty query or regex characters', () => {
    expect(markup('Kerry met kerry.', searchRanges('Kerry met kerry.', 'KERRY'))).toBe('[Kerry] met [kerry].')
    expect(searchRanges('abc', '  ')).toEqual([])
    expect(searchRanges('a.c abc', '.')).toHaveLength(1)
  })

  it('cuts overlapping marks into pieces that rebuild the text', () => {
    const text = 'abcdefgh'
    const pieces = pieceText(text, [
      { start: 1, end: 5, kind: 'changed' },
      { start: 3, end: 7, kind: 'hit' },
    ])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.map((p) => `${p.text}:${p.marks.map((m) => m.kind).join('+')}`)).toEqual([
      'a:',
      'bc:changed',
      'de:changed+hit',
      'fg:hit',
      'h:',
    ])
  })
})
