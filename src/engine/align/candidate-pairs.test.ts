import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { findCandidatePairs } from './candidate-pairs.ts'

/** Candidate pairs of two texts, as segment id pairs. */
function candidatesOf(first: string, second: string): string[] {
  const { profiles } = analyseArticles([
    { id: 'a', text: first },
    { id: 'b', text: second },
  ])
  return findCandidatePairs(profiles).map(([x, y]) => `${profiles[x]?.segment.id}-${profiles[y]?.segment.id}`)
}

describe('findCandidatePairs', () => {
  it('offers a one-statement document every segment of the other, even one sharing no stem', () => {
    const pairs = candidatesOf(
      'The talks were postponed.',
      'Negotiations have been delayed. Snow fell across the city overnight.',
    )
    expect(pairs).toEqual(expect.arrayContaining(['a:0-b:0', 'a:0-b:1']))
  })

  it('searches articles of many sentences through shared words only', () => {
    const pairs = candidatesOf(
      'The talks were postponed. Protesters gathered outside.',
      'Negotiations have been delayed. Snow fell across the city overnight.',
    )
    expect(pairs).toEqual([])
  })

  it('pairs sentences that share rare words across documents, never within one', () => {
    const pairs = candidatesOf(
      'Kerry met Lavrov in Zurich. The weather was cold.',
      'In Zurich, Lavrov and Kerry held talks. Markets fell.',
    )
    expect(pairs).toContain('a:0-b:0')
    expect(pairs.every((pair) => pair.startsWith('a:') && pair.includes('-b:'))).toBe(true)
  })
})
