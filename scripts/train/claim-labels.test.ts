import { describe, expect, it } from 'vitest'
import { tallyClaimPairs } from '../eval/eval-claims.ts'
import { type ClaimLabelledTopic, goldClaimPairs, linesOf } from './claim-labels.ts'

const articles = [
  { id: 'x', text: 'Quake hits Aceh\n\nA quake killed five people.' },
  { id: 'y', text: 'Five dead in Aceh quake\nThe quake struck on Tuesday.' },
]

/** A topic with every line labelled: the two headlines and x's lede report one claim. */
function topic(): ClaimLabelledTopic {
  return {
    id: 't',
    topic: '1',
    split: 'train',
    articles,
    stretches: linesOf(articles),
    claims: [['x:L0', 'x:L2', 'y:L0']],
  }
}

describe('claim labels', () => {
  it('keys every non-empty line by its index and keeps its offsets', () => {
    const lines = linesOf(articles)
    expect(lines.map((line) => line.key)).toEqual(['x:L0', 'x:L2', 'y:L0', 'y:L1'])
    for (const line of lines) {
      const text = articles.find((article) => article.id === line.doc)?.text ?? ''
      expect(text.slice(line.start, line.end)).not.toContain('\n')
      expect(text.slice(line.start, line.end).length).toBeGreaterThan(0)
    }
    expect(articles[0]?.text.slice(lines[1]?.start, lines[1]?.end)).toBe('A quake killed five people.')
  })

  it('makes gold pairs only across documents', () => {
    expect([...goldClaimPairs(topic())].sort()).toEqual(['x:L0|y:L0', 'x:L2|y:L0'])
  })

  it('counts a pair as predicted when one claim holds a segment overlapping each line', () => {
    const lines = linesOf(articles)
    const segments = lines.map((line, at) => ({ id: `s${at}`, ...line }))
    const report = {
      segments,
      // One claim joins x's headline with both of y's lines: a hit, a false link (y's second line) and a miss (x's lede).
      claims: [{ id: 'c0', segments: ['s0', 's2', 's3'] }],
    }
    expect(tallyClaimPairs(topic(), report as never)).toEqual({ tp: 1, fp: 1, fn: 1 })
  })
})
