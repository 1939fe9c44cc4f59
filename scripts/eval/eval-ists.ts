import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { Report } from '../../src/engine/index.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { foldOfIndex } from './folds.ts'
import { claimsJoiningPair, comparePair } from './pair-report.ts'
import { readJsonl } from './read-jsonl.ts'
import { countDecision, emptyCounts, ratio, scoreCounts } from './scores.ts'

/** One gold chunk alignment; a null side is the missing half of a NOALI. */
interface Alignment {
  a: string | null
  b: string | null
  type: 'EQUI' | 'OPPO' | 'SPE1' | 'SPE2' | 'SIMI' | 'REL' | 'NOALI'
}

/** One iSTS headline pair, tokens separated by spaces. */
interface IstsRow {
  id: string
  a: string
  b: string
  alignments: Alignment[]
}

/** The types with a firm expectation; SIMI and REL ("similar", "related") are left out. */
const FIRM = new Set(['EQUI', 'OPPO', 'SPE1', 'SPE2', 'NOALI'])

/** The share of a chunk's characters that must be unique or detail text for it to count as a unique detail. */
const UNIQUE_COVERAGE = 0.5

/**
 * iSTS headlines, per chunk: "unique detail" (gold NOALI, predicted when most of the chunk lies in
 * unique segments or detail spans) and "extra detail" (gold: the more specific side of SPE1/SPE2,
 * predicted when a detail span of its document overlaps the chunk), over the chunks of firm types
 * (SIMI and REL left out) minus punctuation-only chunks; per pair, the share of OPPO pairs that a
 * discrepancy claim joins.
 */
export const ISTS: EvalSet<IstsRow> = {
  name: 'ists',
  trainedAs: null,
  load: (dir, limit) => readJsonl<IstsRow>(join(dir, 'ists-headlines-train.jsonl'), limit),
  foldOf: (_row, index) => foldOfIndex(index),
  score: scoreIsts,
}

function scoreIsts(rows: readonly IstsRow[], model: MatchModel): SetOutcome {
  const unique = emptyCounts()
  const extra = emptyCounts()
  let oppoPairs = 0
  let oppoFlagged = 0
  let unlocated = 0
  for (const row of rows) {
    const report = comparePair(row.id, row.a, row.b, model)
    const masks = { a: coverageMasks(report, 'a', row.a), b: coverageMasks(report, 'b', row.b) }
    for (const alignment of row.alignments) {
      if (!FIRM.has(alignment.type)) continue
      for (const side of ['a', 'b'] as const) {
        const chunk = alignment[side]
        if (chunk === null || !/[\p{L}\p{N}]/u.test(chunk)) continue
        const spans = locateChunk(row[side], chunk)
        if (spans === null) {
          unlocated++
          continue
        }
        const mask = masks[side]
        const covered = countCovered(spans, mask.uniqueOrDetail)
        countDecision(unique, alignment.type === 'NOALI', covered / spanLength(spans) >= UNIQUE_COVERAGE)
        if (alignment.type === 'NOALI') continue
        const specific =
          (alignment.type === 'SPE1' && side === 'a') || (alignment.type === 'SPE2' && side === 'b')
        countDecision(extra, specific, countCovered(spans, mask.detail) > 0)
      }
    }
    if (row.alignments.some((alignment) => alignment.type === 'OPPO')) {
      oppoPairs++
      if (claimsJoiningPair(report).some((claim) => claim.status === 'discrepancy')) oppoFlagged++
    }
  }
  const uniqueScores = scoreCounts(unique)
  const extraScores = scoreCounts(extra)
  return {
    set: 'ists',
    items: rows.length,
    metrics: {
      'unique detail P': uniqueScores.precision,
      'unique detail R': uniqueScores.recall,
      'unique detail F1': uniqueScores.f1,
      'extra detail P': extraScores.precision,
      'extra detail R': extraScores.recall,
      'extra detail F1': extraScores.f1,
      'OPPO -> discrepancy': ratio(oppoFlagged, oppoPairs),
    },
    detail: {
      uniqueDetail: { ...unique, ...uniqueScores },
      extraDetail: { ...extra, ...extraScores },
      oppo: { pairs: oppoPairs, flagged: oppoFlagged },
      unlocatedChunks: unlocated,
      rule: `unique detail predicted when >= ${UNIQUE_COVERAGE} of a chunk's characters lie in unique segments or details`,
    },
  }
}

/** Per-character masks of one document: in a unique segment or a detail, and in a detail. */
function coverageMasks(
  report: Report,
  doc: string,
  text: string,
): { uniqueOrDetail: Uint8Array; detail: Uint8Array } {
  const uniqueOrDetail = new Uint8Array(text.length)
  const detail = new Uint8Array(text.length)
  const uniqueIds = new Set(report.unique)
  for (const segment of report.segments) {
    if (segment.doc === doc && uniqueIds.has(segment.id)) uniqueOrDetail.fill(1, segment.start, segment.end)
  }
  for (const claim of report.claims) {
    for (const item of claim.details) {
      if (item.doc !== doc) continue
      // The new words, not the phrase around them shown to the reader: which chunk adds information.
      for (const span of item.added ?? [item]) {
        uniqueOrDetail.fill(1, span.start, span.end)
        detail.fill(1, span.start, span.end)
      }
    }
  }
  return { uniqueOrDetail, detail }
}

/**
 * Where a chunk's tokens sit in the tokenised headline: the first contiguous run of its tokens,
 * else each token's first whole-token occurrence (a few gold chunks are discontinuous or reuse a
 * token). Null when a token is missing.
 */
export function locateChunk(text: string, chunk: string): Array<[number, number]> | null {
  const tokens: Array<{ token: string; start: number }> = []
  for (const match of text.matchAll(/\S+/g)) tokens.push({ token: match[0], start: match.index })
  const wanted = chunk.split(/\s+/).filter((token) => token !== '')
  if (wanted.length === 0) return null
  for (let index = 0; index + wanted.length <= tokens.length; index++) {
    if (wanted.every((token, offset) => tokens[index + offset]?.token === token)) {
      const first = tokens[index]
      const last = tokens[index + wanted.length - 1]
      if (first !== undefined && last !== undefined) return [[first.start, last.start + last.token.length]]
    }
  }
  const spans: Array<[number, number]> = []
  for (const token of wanted) {
    const found = tokens.find((candidate) => candidate.token === token)
    if (found === undefined) return null
    spans.push([found.start, found.start + found.token.length])
  }
  return spans
}

/** How many characters of the spans the mask covers. */
function countCovered(spans: Array<[number, number]>, mask: Uint8Array): number {
  let covered = 0
  for (const [start, end] of spans) for (let index = start; index < end; index++) covered += mask[index] ?? 0
  return covered
}

/** Total characters of the spans. */
function spanLength(spans: Array<[number, number]>): number {
  return spans.reduce((sum, [start, end]) => sum + end - start, 0)
}
