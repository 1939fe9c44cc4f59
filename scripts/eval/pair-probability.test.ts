import { describe, expect, it } from 'vitest'
import { MATCH_MODEL } from '../../src/engine/align/match-weights.generated.ts'
import { pairProbability } from './pair-probability.ts'

const MEETING = 'Kerry met Lavrov in Zurich on Wednesday to discuss the Syria peace talks.'

describe('pairProbability', () => {
  it('ranks a copy above a paraphrase above an unrelated sentence, the copy over the cut and the unrelated under it', () => {
    const copy = pairProbability(MEETING, MEETING, MATCH_MODEL)
    const paraphrase = pairProbability(
      MEETING,
      'On Wednesday in Zurich, Lavrov and Kerry held talks about the peace negotiations on Syria.',
      MATCH_MODEL,
    )
    const unrelated = pairProbability(MEETING, 'Heavy snow closed schools across the region.', MATCH_MODEL)
    expect(copy).toBeGreaterThan(paraphrase)
    expect(paraphrase).toBeGreaterThan(unrelated)
    expect(copy).toBeGreaterThanOrEqual(MATCH_MODEL.cut)
    expect(unrelated).toBeLessThan(MATCH_MODEL.cut)
  })

  it('gives 0 when one side has nothing to compare', () => {
    expect(pairProbability(MEETING, '', MATCH_MODEL)).toBe(0)
  })
})
