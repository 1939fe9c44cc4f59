import { describe, expect, it } from 'vitest'
import type { Claim } from '../engine/index.ts'
import { claimParts, claimWeight } from './claim-parts.ts'

const claim = (id: string, members: number): Claim => ({
  id,
  segments: Array.from({ length: members }, (_, at) => `d${at}:0`),
  status: 'agreement',
  score: 0.9,
  differences: [],
  details: [],
})

describe('claimParts', () => {
  it('keeps a light report in one part', () => {
    const claims = [claim('c0', 2), claim('c1', 3)]
    expect(claimParts(claims)).toEqual([claims])
  })

  it('cuts heavy claims into parts within the budget, in report order, a too-heavy claim alone', () => {
    const claims = [claim('c0', 4), claim('c1', 4), claim('c2', 20), claim('c3', 4)]
    expect(claims.map(claimWeight)).toEqual([5, 5, 21, 5])
    const parts = claimParts(claims, 10)
    expect(parts.map((part) => part.map((found) => found.id))).toEqual([['c0', 'c1'], ['c2'], ['c3']])
    expect(parts.flat()).toEqual(claims)
  })

  it('counts the nested data a claim carries: diff operations and word matches', () => {
    const heavy: Claim = {
      ...claim('c0', 2),
      diffs: [
        {
          from: 'a:0',
          to: 'b:0',
          ops: [
            [0, 'Kerry '],
            [1, 'met'],
          ],
        },
      ],
      links: [
        {
          from: 'a:0',
          to: 'b:0',
          probability: 0.8,
          words: [],
          names: ['Kerry'],
          numbers: [],
          reasons: [],
          summary: '',
        },
      ],
    }
    expect(claimWeight(heavy)).toBe(3 + 2 + 3)
  })
})
