import { describe, expect, it } from 'vitest'
import { featureContributions, type MatchModel, matchLogit, matchProbability } from './match-model.ts'
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts'

/** A model with every weight 0 but the ones given, every mean 0.5. */
function modelWith(weights: Partial<Record<PairFeatureName, number>>, bias = 0): MatchModel {
  const all = Object.fromEntries(PAIR_FEATURES.map((name) => [name, weights[name] ?? 0]))
  const means = Object.fromEntries(PAIR_FEATURES.map((name) => [name, 0.5]))
  return {
    bias,
    weights: all as Record<PairFeatureName, number>,
    cut: 0.5,
    means: means as Record<PairFeatureName, number>,
  }
}

/** Feature values in PAIR_FEATURES order, 0 but the ones given. */
function valuesWith(values: Partial<Record<PairFeatureName, number>>): Float64Array {
  return Float64Array.from(PAIR_FEATURES.map((name) => values[name] ?? 0))
}

describe('match model', () => {
  it('adds weighted feature values to the bias, and maps log-odds to a probability', () => {
    const model = modelWith({ coverMin: 4, numbersApart: -2 }, -1)
    const values = valuesWith({ coverMin: 0.5, numbersApart: 1 })
    expect(matchLogit(model, values)).toBeCloseTo(-1 + 2 - 2)
    expect(matchProbability(model, values)).toBeCloseTo(1 / (1 + Math.exp(1)))
    expect(matchProbability(model, valuesWith({}))).toBeCloseTo(1 / (1 + Math.exp(1)))
    expect(matchProbability(model, valuesWith({ coverMin: 1 }))).toBeGreaterThan(0.9)
  })

  it('explains a pair by each feature’s part against the typical training pair, largest first', () => {
    const model = modelWith({ coverMin: 4, numbersApart: -2, bigramDice: 1 })
    const parts = featureContributions(model, valuesWith({ coverMin: 1, numbersApart: 1, bigramDice: 0.5 }))
    expect(parts.map((part) => part.feature)).toEqual(['coverMin', 'numbersApart'])
    expect(parts[0]?.contribution).toBeCloseTo(4 * 0.5)
    expect(parts[1]?.contribution).toBeCloseTo(-2 * 0.5)
  })
})
