import { describe, expect, it } from 'vitest'
import { fitScalingExponent } from './fit-power-law.ts'

describe('fitScalingExponent', () => {
  it('recovers the exponent of an exact power law', () => {
    const points = [1000, 5000, 20_000, 100_000].map((size) => ({ size, time: 0.003 * size ** 1.25 }))
    expect(fitScalingExponent(points)).toBeCloseTo(1.25, 10)
  })

  it('is NaN with a single size', () => {
    expect(fitScalingExponent([{ size: 10, time: 1 }])).toBeNaN()
  })
})
