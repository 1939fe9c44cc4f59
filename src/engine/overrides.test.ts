import { describe, expect, it } from 'vitest'
import { applyOverrides, claimKey, findOverride, REVIEWER_DISCREPANCY } from './overrides.ts'
import { sampleReport } from './summary/sample-report.ts'
import type { Report } from './types.ts'

const keyOf = (report: Report, id: string) =>
  claimKey(report.claims.find((c) => c.id === id) ?? { segments: [] })

/** The report's own invariants, which must hold after any overrides. */
function expectValid(report: Report) {
  const claimed = report.claims.flatMap((claim) => claim.segments)
  expect(new Set(claimed).size).toBe(claimed.length)
  for (const id of report.unique) expect(claimed).not.toContain(id)
  for (const claim of report.claims) {
    expect(claim.differences.length > 0).toBe(claim.status === 'discrepancy')
  }
}

describe('applyOverrides', () => {
  it('returns the same report when there is nothing to apply', () => {
    const report = sampleReport()
    expect(applyOverrides(report, {})).toBe(report)
    expect(applyOverrides(report, { [keyOf(report, 'c0')]: 'confirmed' })).toBe(report)
  })

  it('dissolves a claim marked not the same: its segments become unique, in reading order', () => {
    const report = sampleReport()
    const next = applyOverrides(report, { [keyOf(report, 'c3')]: 'not-same' })
    expect(next.claims.map((c) => c.id)).toEqual(['c0', 'c1', 'c2'])
    expect(next.unique).toEqual(['aljazeera:4', 'aljazeera:5', 'cnn:4', 'cnn:5'])
    expectValid(next)
    expect(report.claims).toHaveLength(4)
  })

  it('forces agreement by dropping differences and discrepancy by adding a reviewer difference', () => {
    const report = sampleReport()
    const next = applyOverrides(report, {
      [keyOf(report, 'c2')]: 'agreement',
      [keyOf(report, 'c0')]: 'discrepancy',
    })
    expect(next.claims.map((c) => c.status)).toEqual(['discrepancy', 'partial', 'agreement', 'agreement'])
    expect(next.claims[0]?.differences[0]?.explanation).toBe(REVIEWER_DISCREPANCY)
    expect(next.claims[0]?.differences[0]?.values).toEqual({
      aljazeera: 'US and Russia fail to agree on Syria talks invite list',
      cnn: 'Kerry, Lavrov meet to end impasse over Syria talks',
    })
    expectValid(next)
  })

  it('ignores overrides for claims that no longer exist after re-alignment', () => {
    const report = sampleReport()
    expect(applyOverrides(report, { 'aljazeera:9|cnn:9': 'not-same' })).toBe(report)
  })

  it('finds the override that holds a segment, even after its claim was dissolved', () => {
    const overrides = { 'aljazeera:4|cnn:4': 'not-same' as const }
    expect(findOverride(overrides, 'cnn:4')).toEqual({ key: 'aljazeera:4|cnn:4', verdict: 'not-same' })
    expect(findOverride(overrides, 'cnn:40')).toBeNull()
  })
})
