import { describe, expect, it } from 'vitest'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { MATCH_MODEL } from '../../src/engine/align/match-weights.generated.ts'
import { crossValidate } from './cross-validate.ts'
import type { EvalSet } from './eval-set.ts'
import { FOLDS, foldOfIndex, foldOfTopic } from './folds.ts'

/** Five models that differ only in their cut, so a score can tell which model judged an item. */
const models: MatchModel[] = Array.from({ length: FOLDS }, (_, fold) => ({ ...MATCH_MODEL, cut: fold / 10 }))

/** A set whose items are their own fold numbers, and whose score is the share judged by the model of the same fold. */
const mirror: EvalSet<number> = {
  name: 'mirror',
  trainedAs: 'ecb',
  load: () => Array.from({ length: 20 }, (_, at) => at % FOLDS),
  foldOf: (item) => item,
  score: (items, model) => ({
    set: 'mirror',
    items: items.length,
    metrics: { 'judged by own fold': items.filter((item) => item / 10 === model.cut).length / items.length },
    detail: {},
  }),
}

describe('cross-validation', () => {
  it('measures each fold only with the model trained without it, and the rest as the train figure', () => {
    const outcome = crossValidate(mirror, mirror.load(''), models, ['ecb'])
    const metric = outcome.metrics['judged by own fold']
    expect(metric?.folds).toEqual([1, 1, 1, 1, 1])
    expect(metric?.mean).toBe(1)
    expect(metric?.sd).toBe(0)
    expect(metric?.train).toBe(0)
  })

  it('gives no train figure for a set the recipe does not learn from', () => {
    const outcome = crossValidate(mirror, mirror.load(''), models, ['stsb'])
    expect(outcome.metrics['judged by own fold']?.train).toBeNull()
  })

  it('keeps a topic in one fold and deals rows round-robin', () => {
    expect(foldOfTopic('12')).toBe(2)
    expect(foldOfTopic('wildfires')).toBe(foldOfTopic('wildfires'))
    for (const topic of ['a', 'b', 'politics', '99']) expect(foldOfTopic(topic)).toBeLessThan(FOLDS)
    expect([0, 1, 2, 3, 4, 5].map(foldOfIndex)).toEqual([0, 1, 2, 3, 4, 0])
  })
})

describe('cross-validation of a metric some folds cannot measure', () => {
  it('averages over the folds that measured it', () => {
    const sparse: EvalSet<number> = {
      ...mirror,
      score: (items) => ({
        set: 'sparse',
        items: items.length,
        metrics: { share: items[0] === 0 ? Number.NaN : 0.5 },
        detail: {},
      }),
    }
    const metric = crossValidate(sparse, sparse.load(''), models, ['stsb']).metrics.share
    expect(metric?.mean).toBe(0.5)
    expect(metric?.sd).toBe(0)
    expect(Number.isNaN(metric?.folds[0])).toBe(true)
  })
})
