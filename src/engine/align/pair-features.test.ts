import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { MATCH_MODEL } from './match-weights.generated.ts'
import { PAIR_FEATURES, type PairFeatureName, pairFeatures, wordOverlap } from './pair-features.ts'

/** The named features of the first sentence of each of two documents. */
function featuresOf(first: string, second: string): Record<PairFeatureName, number> & { overlap: number } {
  const [a, b] = analyseArticles([
    { id: 'a', text: first },
    { id: 'b', text: second },
  ]).profiles
  if (a === undefined || b === undefined) throw new Error('expected two profiles')
  const { values } = pairFeatures(a, b)
  const named = Object.fromEntries(PAIR_FEATURES.map((name, at) => [name, values[at] ?? 0]))
  return { ...(named as Record<PairFeatureName, number>), overlap: wordOverlap(values) }
}

const sentence = 'Kerry met Lavrov in Zurich on Wednesday to discuss the Syrian peace talks.'

describe('pairFeatures', () => {
  it('gives identical sentences full coverage, order and phrase overlap', () => {
    const same = featuresOf(sentence, sentence)
    expect(same.coverMin).toBeCloseTo(1)
    expect(same.exactCover).toBeCloseTo(1)
    expect(same.orderKept).toBe(1)
    expect(same.bigramDice).toBeCloseTo(1)
    expect(same.trigramDice).toBeCloseTo(1)
    expect(same.overlap).toBeCloseTo(1)
    expect(same.lengthRatio).toBe(1)
    expect(same.unalignedMax).toBe(0)
  })

  it('sees extra matter on one side in the larger unaligned weight and the smaller coverage', () => {
    const extra = featuresOf(sentence, `${sentence.slice(0, -1)} as fighting raged around Aleppo and Homs.`)
    expect(extra.coverMax).toBeCloseTo(1)
    expect(extra.coverMin).toBeLessThan(0.8)
    expect(extra.unalignedMax).toBeGreaterThan(0)
    expect(extra.unalignedMin).toBe(0)
  })

  it('notices reordering, loose links, negation and numbers that disagree', () => {
    const reordered = featuresOf(
      'Protesters burned cars and police fired tear gas.',
      'Police fired tear gas and protesters burned cars.',
    )
    expect(reordered.orderKept).toBeLessThan(1)
    const loose = featuresOf('The talks were postponed.', 'Negotiations have been delayed.')
    expect(loose.looseShare).toBe(1)
    expect(loose.exactCover).toBe(0)
    expect(featuresOf('The talks were postponed.', 'The talks were not postponed.').negationApart).toBe(1)
    const numbers = featuresOf('The blast killed 12 people.', 'The blast killed 15 people.')
    expect(numbers.numbersApart).toBe(1)
    expect(numbers.numbersShared).toBe(0)
  })

  it('counts the names both sides give and those only one gives', () => {
    const names = featuresOf(sentence, 'Kerry met Lavrov and Jubeir in Zurich.')
    expect(names.namesShared).toBeCloseTo(Math.log1p(3))
    expect(names.namesOnly).toBeGreaterThan(0)
  })

  it('weighs the distinctive words of the comparison in the TF-IDF cosine', () => {
    expect(featuresOf(sentence, sentence).tfidfCosine).toBeCloseTo(1)
    const shared = featuresOf(sentence, 'Kerry and Lavrov spoke by phone about Ukraine.')
    expect(shared.tfidfCosine).toBeGreaterThan(0)
    expect(shared.tfidfCosine).toBeLessThan(featuresOf(sentence, 'Kerry met Lavrov in Zurich.').tfidfCosine)
    expect(featuresOf(sentence, 'Markets fell sharply in Tokyo.').tfidfCosine).toBe(0)
  })

  it('measures how much of each side is the vocabulary both documents use', () => {
    // With two documents the core is what both say: here all of it is aligned.
    const core = featuresOf(sentence, 'Kerry met Lavrov in Zurich as protesters marched outside.')
    expect(core.coreCoverMax).toBeCloseTo(1)
    expect(core.coreCoverMin).toBeCloseTo(1)
    expect(core.coverMin).toBeLessThan(0.8)
    const none = featuresOf(sentence, 'Markets fell sharply in Tokyo.')
    expect(none.coreCoverMax).toBe(0)
  })

  it('sets an earlier occasion apart from the story', () => {
    const story = 'A magnitude 6.1 quake struck Aceh on Tuesday, July 2, 2013, killing five people.'
    expect(featuresOf(story, 'In 2004, a quake in Aceh triggered a tsunami.').occasionApart).toBe(1)
    expect(featuresOf(story, 'Last year, a quake rocked the province of Aceh.').occasionApart).toBe(1)
    expect(featuresOf(story, 'The quake in Aceh killed five people on Tuesday.').occasionApart).toBe(0)
  })

  it('is symmetric: swapping the sides changes no feature', () => {
    const other = 'US Secretary of State John Kerry held talks with Lavrov in Zurich on Wednesday.'
    expect(featuresOf(sentence, other)).toEqual(featuresOf(other, sentence))
  })

  it('has a weight and a training mean for every feature in the shipped model', () => {
    expect(new Set(PAIR_FEATURES).size).toBe(PAIR_FEATURES.length)
    for (const name of PAIR_FEATURES) {
      expect(Number.isFinite(MATCH_MODEL.weights[name])).toBe(true)
      expect(Number.isFinite(MATCH_MODEL.means[name])).toBe(true)
    }
  })
})
