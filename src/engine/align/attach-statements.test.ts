import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attachStatements, proposedAttachments } from './attach-statements.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** Attachment as first written: every member of a proposed claim scored, no early stop. */
function attachEveryPair(
  ...[clusters, profiles, strongPairs, attachAt, restateAt, probabilityOf]: Parameters<
    typeof attachStatements
  >
) {
  const attachments: { segment: number; cluster: number; average: number }[] = []
  for (const { segment, cluster } of proposedAttachments(clusters, profiles.length, strongPairs)) {
    const doc = profiles[segment]?.docIndex
    let sum = 0
    let count = 0
    let restates = true
    for (const member of clusters[cluster] ?? []) {
      if (profiles[member]?.docIndex === doc) {
        restates &&= probabilityOf(segment, member) >= restateAt
        continue
      }
      sum += probabilityOf(segment, member)
      count++
    }
    if (restates && count > 0 && sum / count >= attachAt)
      attachments.push({ segment, cluster, average: sum / count })
  }
  return attachments
}

/** Twelve segments over four documents, dealt into claims; probabilities by ordered pair. */
const cases = fc.record({
  docs: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
  clusterOf: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 12, maxLength: 12 }),
  probabilities: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 144, maxLength: 144 }),
  strong: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 }),
  attachAt: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
})

describe('attachStatements', () => {
  it('attaches as scoring every member would, and scores no pair it would not have scored', () => {
    fc.assert(
      fc.property(cases, ({ docs, clusterOf, probabilities, strong, attachAt }) => {
        const profiles = docs.map((docIndex) => ({ docIndex }) as SegmentProfile)
        const clusters = [0, 1, 2, 3].map((cluster) =>
          clusterOf.flatMap((own, segment) => (own === cluster ? [segment] : [])),
        )
        const probability = (a: number, b: number) => probabilities[a * 12 + b] ?? 0
        const expectedOrder: string[] = []
        const expected = attachEveryPair(clusters, profiles, strong, attachAt, 0.2, (a, b) => {
          expectedOrder.push(`${a}>${b}`)
          return probability(a, b)
        })
        const order: string[] = []
        const found = attachStatements(clusters, profiles, strong, attachAt, 0.2, (a, b) => {
          order.push(`${a}>${b}`)
          return probability(a, b)
        })
        expect(found).toEqual(expected)
        // The early stop only leaves pairs out (the pipeline scores a pair alike either way round).
        for (const pair of order) expect(expectedOrder).toContain(pair)
      }),
      { numRuns: 300 },
    )
  })

  it('attaches alike, with the same means to the last digit, when some links were scored before', () => {
    fc.assert(
      fc.property(
        cases,
        fc.array(fc.boolean(), { minLength: 144, maxLength: 144 }),
        ({ docs, clusterOf, probabilities, strong, attachAt }, scoredBefore) => {
          const profiles = docs.map((docIndex) => ({ docIndex }) as SegmentProfile)
          const clusters = [0, 1, 2, 3].map((cluster) =>
            clusterOf.flatMap((own, segment) => (own === cluster ? [segment] : [])),
          )
          const probability = (a: number, b: number) => probabilities[a * 12 + b] ?? 0
          const known = (a: number, b: number) => (scoredBefore[a * 12 + b] ? probability(a, b) : undefined)
          const expected = attachEveryPair(clusters, profiles, strong, attachAt, 0.2, probability)
          const found = attachStatements(clusters, profiles, strong, attachAt, 0.2, probability, known)
          expect(found).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})
