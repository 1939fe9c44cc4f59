import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'

describe('findCandidatePairs', () => {
  it('compares a one-statement document with a paraphrase that shares no stem', () => {
    const report = compareArticles([
      { id: 'a', text: 'The talks were postponed.' },
      { id: 'b', text: 'Negotiations have been delayed. Snow fell across the city overnight.' },
    ])
    expect(report.claims.map((found) => found.segments)).toEqual([['a:0', 'b:0']])
  })

  it('still searches articles of many sentences through shared words only', () => {
    const report = compareArticles([
      { id: 'a', text: 'The talks were postponed. Protesters gathered outside.' },
      { id: 'b', text: 'Negotiations have been delayed. Snow fell across the city overnight.' },
    ])
    expect(report.claims).toEqual([])
  })
})
