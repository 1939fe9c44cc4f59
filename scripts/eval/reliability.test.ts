import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Forecast, measureReliability, poolReliability } from './reliability.ts'

/** `count` forecasts of one probability, `hits` of them gold. */
function forecasts(probability: number, count: number, hits: number): Forecast[] {
  return Array.from({ length: count }, (_, at) => ({ probability, gold: at < hits }))
}

describe('measureReliability', () => {
  it('finds no calibration error when each bin is right as often as it says', () => {
    const reliability = measureReliability([...forecasts(0.25, 4, 1), ...forecasts(0.75, 8, 6)])
    expect(reliability.ece).toBeCloseTo(0, 10)
    expect(reliability.bins[2]).toMatchObject({ count: 4, meanProbability: 0.25, observed: 0.25 })
    expect(reliability.bins[7]).toMatchObject({ count: 8, meanProbability: 0.75, observed: 0.75 })
    // Brier: at 25 %, the 1 pair that is one claim misses by 0.75 and the other 3 by 0.25; at 75 %,
    // the 6 that are miss by 0.25 and the 2 that are not by 0.75.
    expect(reliability.brier).toBeCloseTo(
      (0.75 ** 2 + 3 * 0.25 ** 2 + 6 * 0.25 ** 2 + 2 * 0.75 ** 2) / 12,
      10,
    )
  })

  it('measures an over-confident model by how far it overshoots, weighted by its pairs', () => {
    const reliability = measureReliability([...forecasts(0.9, 10, 5), ...forecasts(0.05, 10, 0)])
    // Half the pairs say 90 % and are right half the time (gap 0.4); half say 5 % and are never one claim (gap 0.05).
    expect(reliability.ece).toBeCloseTo((10 * 0.4 + 10 * 0.05) / 20, 10)
  })

  it('puts a certain 1 in the last bin and 0 in the first', () => {
    const reliability = measureReliability([
      { probability: 1, gold: true },
      { probability: 0, gold: false },
    ])
    expect(reliability.bins.map((bin) => bin.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    expect(reliability.ece).toBe(0)
    expect(reliability.brier).toBe(0)
  })

  it('reports nothing measured, not NaN, for no forecasts', () => {
    expect(measureReliability([])).toMatchObject({ count: 0, ece: 0, brier: 0 })
  })

  it('keeps ECE and Brier within 0..1, and pooling folds equals measuring them together', () => {
    const forecast = fc.record({
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
      gold: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(forecast), fc.array(forecast), (first, second) => {
        const together = measureReliability([...first, ...second])
        const pooled = poolReliability([measureReliability(first), measureReliability(second)])
        expect(together.ece).toBeGreaterThanOrEqual(0)
        expect(together.ece).toBeLessThanOrEqual(1)
        expect(together.brier).toBeLessThanOrEqual(1)
        expect(pooled.count).toBe(together.count)
        expect(pooled.ece).toBeCloseTo(together.ece, 9)
        expect(pooled.brier).toBeCloseTo(together.brier, 9)
      }),
    )
  })
})
