import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { matchProbability } from './match-model.ts'
import { MATCH_MODEL } from './match-weights.generated.ts'
import { pairFeatures } from './pair-features.ts'

/** The shipped model's probability that two one-sentence documents report the same claim. */
function probabilityOf(first: string, second: string): number {
  const [a, b] = analyseArticles([
    { id: 'a', text: first },
    { id: 'b', text: second },
  ]).profiles
  if (a === undefined || b === undefined) throw new Error('expected two profiles')
  return matchProbability(MATCH_MODEL, pairFeatures(a, b).values)
}

const claim =
  'Kerry and Lavrov met in Zurich on Wednesday to discuss the Syrian peace talks planned for Geneva.'

describe('the shipped match model', () => {
  it('ranks a copy above a paraphrase above a sentence on the same story above an unrelated one', () => {
    const copy = probabilityOf(claim, claim)
    const paraphrase = probabilityOf(
      claim,
      'On Wednesday Lavrov and Kerry met in Zurich to discuss the Syrian peace talks set for Geneva.',
    )
    const sameStory = probabilityOf(
      claim,
      'The Syrian opposition has not yet named its delegation to the Geneva talks.',
    )
    const unrelated = probabilityOf(claim, 'Heavy snow closed schools across the north of England on Monday.')
    expect(copy).toBeGreaterThan(paraphrase)
    expect(paraphrase).toBeGreaterThan(sameStory)
    expect(sameStory).toBeGreaterThan(unrelated)
    expect(paraphrase).toBeGreaterThanOrEqual(MATCH_MODEL.cut)
    expect(unrelated).toBeLessThan(MATCH_MODEL.cut)
  })

  it('lowers the probability when the numbers of an otherwise identical sentence all differ', () => {
    const sentence = 'The earthquake killed 120 people and injured 300 in the province on Sunday.'
    const changed = 'The earthquake killed 45 people and injured 90 in the province on Sunday.'
    expect(probabilityOf(sentence, changed)).toBeLessThan(probabilityOf(sentence, sentence))
  })
})
