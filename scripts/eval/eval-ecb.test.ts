import { describe, expect, it } from 'vitest'
import type { Report, Segment } from '../../src/engine/index.ts'
import { type EcbGold, emptyTally, tallyEcbPairs } from './eval-ecb.ts'

function segment(doc: string, n: number, start: number, end: number): Segment {
  return { id: `${doc}:${n}`, doc, start, end, text: 'x'.repeat(end - start), role: 'body' }
}

// Three documents; d1:s0 and d2:s0 share claim c0, d3:s0 is unique, d1:s1 spans two segments.
const report: Report = {
  version: 1,
  documents: [],
  segments: [
    segment('d1', 0, 0, 10),
    segment('d1', 1, 11, 20),
    segment('d1', 2, 21, 30),
    segment('d2', 0, 0, 10),
    segment('d2', 1, 11, 20),
    segment('d3', 0, 0, 10),
  ],
  claims: [
    { id: 'c0', segments: ['d1:0', 'd2:0'], status: 'agreement', score: 1, differences: [], details: [] },
    { id: 'c1', segments: ['d1:2', 'd2:1'], status: 'partial', score: 0.5, differences: [], details: [] },
  ],
  unique: ['d1:1', 'd3:0'],
}

const gold: EcbGold = {
  id: 'x',
  topic: 1,
  candidate_pairs: 5,
  sentences: [
    { key: 'd1:s0', doc: 'd1', start: 0, end: 10 },
    { key: 'd1:s1', doc: 'd1', start: 11, end: 30 },
    { key: 'd2:s0', doc: 'd2', start: 0, end: 20 },
    { key: 'd3:s0', doc: 'd3', start: 0, end: 10 },
  ],
  strict: [['d2:s0', 'd1:s0']],
  loose: [
    ['d1:s0', 'd2:s0'],
    ['d1:s1', 'd3:s0'],
  ],
}

describe('tallyEcbPairs', () => {
  it('counts only cross-document pairs and predicts a pair when one claim holds a segment of each', () => {
    const tally = emptyTally()
    expect(tallyEcbPairs(report, gold, tally)).toBe(5)
    // d2:s0 overlaps d2:0 (c0) and d2:1 (c1): paired with d1:s0 (c0) and with d1:s1 (through d1:2 in c1).
    expect(tally.predicted).toBe(2)
    expect(tally.strict).toEqual({ tp: 1, fp: 1, fn: 0 })
    expect([tally.loose, tally.looseFound]).toEqual([2, 1])
  })
})
