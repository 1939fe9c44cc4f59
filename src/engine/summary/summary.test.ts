import { describe, expect, it } from 'vitest'
import { claimKey } from '../overrides.ts'
import type { Claim, Report } from '../types.ts'
import { describeDifference, restatesKind } from './describe-difference.ts'
import { formatProbability } from './format-probability.ts'
import { isolatedDocuments } from './isolated-documents.ts'
import { listQuotes } from './list-quotes.ts'
import { claimAnchor, documentsReporting, otherClaimsOf } from './report-index.ts'
import { reviewReport } from './review.ts'
import { queueStopOf, stepQueue } from './review-queues.ts'
import { sampleReport } from './sample-report.ts'

/** Makes the sample's Al Jazeera lede (own claim c0) an attached segment of the claim found, and returns it. */
function attachLede(report: Report, which: (claim: Claim) => boolean): Claim {
  const claim = report.claims.find(which)
  if (!claim) throw new Error('the sample report lost the claim')
  claim.segments = ['aljazeera:0', ...claim.segments]
  claim.attachedSegments = ['aljazeera:0']
  return claim
}

describe('reviewReport', () => {
  const review = reviewReport(sampleReport(), {})

  it('marks each segment by its claim status or why it has none', () => {
    expect(Object.fromEntries(review.index.status)).toMatchObject({
      'aljazeera:0': 'agreement',
      'aljazeera:1': 'boilerplate',
      'cnn:2': 'partial',
      'cnn:3': 'discrepancy',
      'cnn:5': 'unique',
    })
  })

  it('names the documents that report a claim, in document order', () => {
    const claim = review.index.claimOf.get('cnn:2')
    expect(claim && documentsReporting(review.index, claim)).toEqual(['aljazeera', 'cnn'])
  })

  it('gives a segment that makes several claims its own claim first, and the others to jump to', () => {
    const report = sampleReport()
    attachLede(report, (claim) => claim.id === 'c1')
    const { index } = reviewReport(report, {})
    expect(index.claimOf.get('aljazeera:0')?.id).toBe('c0')
    expect(index.claimsOf.get('aljazeera:0')?.map((claim) => claim.id)).toEqual(['c0', 'c1'])
    expect(index.status.get('aljazeera:0')).toBe('agreement')
    // The other claim is shown through one of its own passages, from another source.
    expect(otherClaimsOf(index, 'aljazeera:0').map(({ claim, anchor }) => [claim.id, anchor.id])).toEqual([
      ['c1', 'cnn:2'],
    ])
    expect(otherClaimsOf(index, 'cnn:2')).toEqual([])
  })

  it('stands a claim for its first own passage, not one attached to it from another claim', () => {
    const report = sampleReport()
    // The lede (own claim c0) also makes the discrepancy claim, and comes first in reading order.
    const discrepancy = attachLede(report, (claim) => claim.status === 'discrepancy')
    const attached = reviewReport(report, {})
    expect(claimAnchor(discrepancy)).toBe('aljazeera:3')
    // Selecting the queued passage shows the discrepancy claim, whose differences the queue lists.
    expect(attached.queues.discrepancies).toEqual(['aljazeera:3'])
    expect(queueStopOf(attached.index, 'cnn:3')).toBe('aljazeera:3')
    expect(attached.index.claimOf.get('aljazeera:3')?.id).toBe(discrepancy.id)
    expect(attached.coverage.find((row) => row.claim === discrepancy.id)?.label).toBe(
      attached.index.segments.get('aljazeera:3')?.text,
    )
  })

  it('counts statuses per document', () => {
    expect(review.counts.get('cnn')).toEqual({
      agreement: 2,
      partial: 1,
      discrepancy: 1,
      unique: 1,
      boilerplate: 1,
    })
  })

  it('scores similarity 0..1, lower when claims disagree', () => {
    const [pair] = review.similarity
    expect(pair).toMatchObject({ a: 'aljazeera', b: 'cnn', shared: 4, discrepancies: 1 })
    const agreed = reviewReport(sampleReport(), { 'aljazeera:3|cnn:3': 'agreement' }).similarity[0]
    const dissolved = reviewReport(sampleReport(), { 'aljazeera:4|cnn:4': 'not-same' }).similarity[0]
    expect(agreed?.score).toBeGreaterThan(pair?.score ?? 1)
    expect(dissolved?.score).toBeLessThan(pair?.score ?? 0)
    expect(pair?.score).toBeGreaterThan(0)
    expect(pair?.score).toBeLessThanOrEqual(1)
  })

  it('builds the coverage matrix in reading order with a segment to jump to per cell', () => {
    const shape = review.coverage.map((row) => `${row.claim}:${row.cells.aljazeera}/${row.cells.cnn}`)
    expect(shape).toEqual(['c0:agree/agree', 'c1:partial/partial', 'c2:differ/differ', 'c3:agree/agree'])
    expect(review.coverage[2]?.segments).toEqual({ aljazeera: 'aljazeera:3', cnn: 'cnn:3' })
  })

  it('queues discrepancies and unique segments, and steps through them with wrap-around', () => {
    expect(review.queues).toEqual({ discrepancies: ['aljazeera:3'], unique: ['aljazeera:5', 'cnn:5'] })
    expect(stepQueue(review.queues.unique, null, 1)).toBe('aljazeera:5')
    expect(stepQueue(review.queues.unique, 'aljazeera:5', 1)).toBe('cnn:5')
    expect(stepQueue(review.queues.unique, 'cnn:5', 1)).toBe('aljazeera:5')
    expect(stepQueue(review.queues.unique, 'aljazeera:5', -1)).toBe('cnn:5')
    expect(stepQueue([], null, 1)).toBeNull()
  })

  it('lists what only one source reports', () => {
    expect(
      review.unique.map((u) => [u.doc, u.segments.map((s) => s.id), u.details.map((d) => d.text)]),
    ).toEqual([
      ['aljazeera', ['aljazeera:5'], []],
      ['cnn', ['cnn:5'], ['Wednesday in Davos']],
    ])
  })

  it('leaves one- and two-word diff leftovers out of the unique list', () => {
    const report = sampleReport()
    const partial = report.claims[1]
    if (!partial) throw new Error('fixture has no partial claim')
    const cnn2 = report.segments.find((s) => s.id === 'cnn:2')
    const start = (cnn2?.start ?? 0) + (cnn2?.text.indexOf('talks') ?? 0)
    partial.details.push({ doc: 'cnn', start, end: start + 5, text: 'talks', segment: 'cnn:2' })
    expect(reviewReport(report, {}).unique[1]?.details.map((d) => d.text)).toEqual(['Wednesday in Davos'])
  })

  it('checks each quote: flagged when worded differently, single when only one source quotes it', () => {
    const rows = review.quotes.map((row) => `${row.segment}:${row.verdict}:${row.renderings.cnn}`)
    expect(rows).toEqual(['aljazeera:3:differs:quoted', 'aljazeera:5:single:absent'])
    expect(review.quotes[0]?.quotes.cnn).toEqual([
      'The political process will begin, we hope, in the nearest future, during January,',
    ])
  })
})

describe('describeDifference', () => {
  const { documents } = sampleReport()
  it('names each source and says when one gives no value', () => {
    const text = describeDifference(
      { kind: 'number', values: { cnn: '400,000', aljazeera: 'not given' } },
      documents,
    )
    expect(text).toBe('Number differs: not given by Al Jazeera; 400,000 in CNN')
  })
  it('calls a quote difference a wording difference', () => {
    expect(describeDifference({ kind: 'quote', values: { aljazeera: 'a', cnn: 'b' } }, documents)).toBe(
      'Quote worded differently: “a” in Al Jazeera; “b” in CNN',
    )
  })
  it('knows when an explanation only restates the kind', () => {
    expect(restatesKind({ kind: 'quote', values: {}, explanation: 'Quote worded differently' })).toBe(true)
    expect(
      restatesKind({ kind: 'attribution', values: {}, explanation: 'Attribution differs: A in X' }),
    ).toBe(true)
    expect(
      restatesKind({ kind: 'number', values: {}, explanation: 'CNN counts the trapped, not the dead.' }),
    ).toBe(false)
  })
  it('lists quotes through the engine’s fact extraction, and the quote check uses them', () => {
    const report = sampleReport()
    const mentions = listQuotes(report)
    expect(mentions.map((m) => m.segment)).toEqual(['aljazeera:3', 'aljazeera:5', 'cnn:3'])
    expect(mentions[2]?.text).toMatch(/^"The political process will begin, we hope, in the nearest future/)
    const rows = reviewReport(report, {}, mentions).quotes
    expect(rows.map((row) => `${row.segment}:${row.verdict}`)).toEqual([
      'aljazeera:3:differs',
      'aljazeera:5:single',
    ])
    expect(rows[0]?.quotes.cnn?.[0]).toMatch(/^The political process will begin/)
  })
})

describe('isolatedDocuments', () => {
  it('names a document none of whose segments is in a claim, and no other', () => {
    const report = sampleReport()
    expect(isolatedDocuments(report)).toEqual([])
    const lone = { ...report, claims: report.claims.filter((claim) => !claim.segments.includes('cnn:0')) }
    expect(isolatedDocuments(lone)).toEqual([])
    expect(isolatedDocuments({ ...report, claims: [] })).toEqual(['aljazeera', 'cnn'])
  })

  it('is what the review carries, after the overrides', () => {
    const report = sampleReport()
    const split = Object.fromEntries(report.claims.map((claim) => [claimKey(claim), 'not-same' as const]))
    expect(reviewReport(report, {}).isolated).toEqual([])
    expect(reviewReport(report, split).isolated).toEqual(['aljazeera', 'cnn'])
  })
})

describe('formatProbability', () => {
  it('prints a link and a claim score that round alike to thousandths the same', () => {
    expect(formatProbability(0.4245072984777609)).toBe('43 %')
    expect(formatProbability(0.425)).toBe('43 %')
    expect(formatProbability(0.4244)).toBe('42 %')
    expect(formatProbability(0)).toBe('0 %')
    expect(formatProbability(1.2)).toBe('100 %')
  })

  it('prints the same figure for every probability the report stores to three decimals', () => {
    for (let permille = 0; permille <= 1000; permille++) {
      const stored = Math.round((permille / 1000) * 1000) / 1000
      for (const raw of [stored - 0.0004, stored, stored + 0.0004]) {
        if (Math.round(raw * 1000) === permille)
          expect(formatProbability(raw)).toBe(formatProbability(stored))
      }
    }
  })
})
