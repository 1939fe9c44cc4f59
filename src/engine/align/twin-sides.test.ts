import { describe, expect, it } from 'vitest'
import type { ClaimSide } from '../classify/claim-side.ts'
import { findDifferences } from '../classify/find-differences.ts'
import { compareArticles } from '../compare-articles.ts'
import { sidePairsToCompare } from './twin-sides.ts'

/** One side of one segment, with one number fact, at `start` in its document. */
function side(doc: string, text: string, start: number, value = '400000'): ClaimSide {
  const at = text.indexOf('400,000')
  return {
    doc,
    label: doc,
    segments: [{ id: `${doc}:0`, doc, start, end: start + text.length, text, role: 'body' }],
    facts: [{ kind: 'number', key: value, text: '400,000', start: start + at, end: start + at + 7 }],
    tokens: [],
  }
}

describe('sidePairsToCompare', () => {
  const text = 'About 400,000 people have been killed, the UN says.'

  it('leaves out copies of one sentence with the same facts, wherever they sit', () => {
    const sides = [side('a', text, 0), side('b', text, 120), side('c', text, 7)]
    expect(sidePairsToCompare(sides)).toEqual([])
  })

  it('keeps a pair whose facts read differently, and every pair of other wording', () => {
    const sides = [side('a', text, 0), side('b', text, 50, '40000'), side('c', `Some ${text}`, 0)]
    expect(sidePairsToCompare(sides).map(([x, y]) => `${x.doc}${y.doc}`)).toEqual(['ab', 'ac', 'bc'])
  })

  it('finds the same differences as comparing every pair, on wire copy with a changed number', () => {
    const copy = 'Kerry met Lavrov in Zurich. About 400,000 people have been killed, the UN says.'
    const report = compareArticles([
      { id: 'a', text: copy },
      { id: 'b', text: copy },
      { id: 'c', text: copy.replace('400,000', '250,000') },
      { id: 'd', text: copy },
    ])
    const flagged = report.claims.flatMap((claim) => claim.differences.map((d) => d.kind))
    expect(flagged).toContain('number')
    const sides = [side('a', text, 0), side('b', text, 9), side('c', text, 3, '250000')]
    expect(findDifferences(sides, sidePairsToCompare(sides))).toEqual(findDifferences(sides))
  })
})
