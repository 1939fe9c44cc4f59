import { describe, expect, it } from 'vitest'
import { fitLogistic, sigmoid } from './fit-logistic.ts'

/** A deterministic pseudo-random stream (a linear congruential generator), so the data is fixed. */
function stream(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Rows from a known logistic model: y ~ Bernoulli(σ(-1 + 3·x0 − 2·x1)), x2 is noise on a large scale. */
function sample(count: number): { rows: Float64Array[]; labels: number[] } {
  const next = stream(7)
  const rows: Float64Array[] = []
  const labels: number[] = []
  for (let at = 0; at < count; at++) {
    const row = Float64Array.from([next() * 2, next() * 2, next() * 100])
    rows.push(row)
    labels.push(next() < sigmoid(-1 + 3 * (row[0] ?? 0) - 2 * (row[1] ?? 0)) ? 1 : 0)
  }
  return { rows, labels }
}

describe('fitLogistic', () => {
  it('recovers the weights of the model that made the data, on raw feature scales', () => {
    const { rows, labels } = sample(4000)
    const fit = fitLogistic(rows, labels, { l2: 0.01 })
    expect(fit.bias).toBeCloseTo(-1, 0)
    expect(fit.weights[0]).toBeCloseTo(3, 0)
    expect(fit.weights[1]).toBeCloseTo(-2, 0)
    expect(Math.abs(fit.weights[2] ?? 1)).toBeLessThan(0.01)
  })

  it('shrinks the weights as the penalty grows', () => {
    const { rows, labels } = sample(500)
    const loose = fitLogistic(rows, labels, { l2: 0.01 })
    const tight = fitLogistic(rows, labels, { l2: 500 })
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0) / 2)
  })

  it('weighs examples by their sample weight: doubling one class moves the bias up', () => {
    const { rows, labels } = sample(500)
    const plain = fitLogistic(rows, labels, { l2: 1 })
    const weighted = fitLogistic(rows, labels, { l2: 1, sampleWeights: labels.map((y) => (y === 1 ? 2 : 1)) })
    expect(weighted.bias).toBeGreaterThan(plain.bias)
  })

  it('is deterministic: the same examples give the same numbers', () => {
    const { rows, labels } = sample(300)
    expect(fitLogistic(rows, labels, { l2: 1 })).toEqual(fitLogistic(rows, labels, { l2: 1 }))
  })
})
