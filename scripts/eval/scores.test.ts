import { describe, expect, it } from 'vitest'
import { rankAuc } from './scores.ts'

describe('rankAuc', () => {
  it('is 1 when every gold case scores above every other, 0 when below', () => {
    const cases = [
      { score: 0.9, gold: true },
      { score: 0.8, gold: true },
      { score: 0.2, gold: false },
    ]
    expect(rankAuc(cases)).toBe(1)
    expect(rankAuc(cases.map((c) => ({ ...c, gold: !c.gold })))).toBe(0)
  })

  it('counts ties half and mixed orders by their share of pairs ranked right', () => {
    expect(
      rankAuc([
        { score: 0.5, gold: true },
        { score: 0.5, gold: false },
      ]),
    ).toBe(0.5)
    // Gold 0.7 beats both; gold 0.3 beats 0.1 only: 3 of 4 pairs.
    expect(
      rankAuc([
        { score: 0.7, gold: true },
        { score: 0.3, gold: true },
        { score: 0.5, gold: false },
        { score: 0.1, gold: false },
      ]),
    ).toBe(0.75)
  })

  it('is 0.5 when one class is missing', () => {
    expect(rankAuc([{ score: 0.4, gold: true }])).toBe(0.5)
  })
})
