import { join } from 'node:path'
import type { ArticleInput, TextSpan } from '../../src/engine/index.ts'
import type { EcbGold } from '../eval/eval-ecb.ts'
import { stsbSameClaim } from '../eval/eval-stsb.ts'
import { foldOfIndex, foldOfTopic } from '../eval/folds.ts'
import { readJsonl } from '../eval/read-jsonl.ts'
import {
  type ClaimLabelledTopic,
  foldOfClaimTopic,
  goldClaimPairs,
  loadAnnotatedClaims,
  loadWholeClaims,
  stretchPairKey,
} from './claim-labels.ts'

/** The labelled sets the match model can learn from. */
export type TrainingSetName = 'ecb' | 'stsb' | 'mrpc' | 'claimdiff' | 'claims' | 'claimsWhole'

/** Two stretches of text a gold label says report the same claim, or not. */
export interface JudgedUnit {
  /** A stretch of one document. */
  a: TextSpan
  /** A stretch of another document. */
  b: TextSpan
  /** True when the gold says the two report the same claim. */
  gold: boolean
}

/** One comparison with gold judgements: a sentence pair, or an ECB+ sub-topic's articles. */
export interface LabelledComparison {
  /** The set it comes from. */
  set: TrainingSetName
  /** The row or sub-topic id. */
  id: string
  /** Cross-validation fold 0..FOLDS-1 (by topic where the set has topics). */
  fold: number
  /** The articles, as a batch request gives them. */
  articles: ArticleInput[]
  /** The judged pairs of stretches. */
  units: JudgedUnit[]
}

/** One ECB+ batch request. */
interface EcbRequest {
  id: string
  articles: ArticleInput[]
}

/**
 * ECB+ sub-topics (`ecbplus-dev`): each annotated cross-document sentence pair is a unit, gold
 * when the pair is `strict` (same event chains). Folds by topic, so a topic's two sub-topics stay
 * together.
 */
export function loadEcbComparisons(dir: string, limit?: number): LabelledComparison[] {
  const requests = readJsonl<EcbRequest>(join(dir, 'ecbplus-dev', 'ecbplus-dev.jsonl'), limit)
  const golds = readJsonl<EcbGold & { topic: number }>(
    join(dir, 'ecbplus-dev', 'ecbplus-dev-gold.jsonl'),
    limit,
  )
  return requests.map((request, index) => {
    const gold = golds[index]
    if (gold === undefined || gold.id !== request.id) throw new Error(`no gold for ${request.id}`)
    const strict = new Set(gold.strict.map(([x, y]) => (x < y ? `${x}|${y}` : `${y}|${x}`)))
    const units: JudgedUnit[] = []
    gold.sentences.forEach((first, at) => {
      for (const second of gold.sentences.slice(at + 1)) {
        if (first.doc === second.doc) continue
        const key = first.key < second.key ? `${first.key}|${second.key}` : `${second.key}|${first.key}`
        units.push({
          a: { doc: first.doc, start: first.start, end: first.end },
          b: { doc: second.doc, start: second.start, end: second.end },
          gold: strict.has(key),
        })
      }
    })
    return {
      set: 'ecb',
      id: request.id,
      fold: foldOfTopic(String(gold.topic)),
      articles: request.articles,
      units,
    }
  })
}

/** A sentence pair with a gold judgement, from any pair set. */
interface PairRow {
  id: string
  a: string
  b: string
}

/**
 * A pair set as comparisons of two one-sentence documents `a` and `b`, as the dataset README's
 * batch request says; `judge` gives the row's gold (true: same claim) or null to leave it out.
 */
export function pairComparisons<Row extends PairRow>(
  set: TrainingSetName,
  rows: readonly Row[],
  judge: (row: Row) => boolean | null,
  foldOf: (row: Row, index: number) => number = (_row, index) => foldOfIndex(index),
): LabelledComparison[] {
  const comparisons: LabelledComparison[] = []
  rows.forEach((row, index) => {
    const gold = judge(row)
    if (gold === null) return
    comparisons.push({
      set,
      id: row.id,
      fold: foldOf(row, index),
      articles: [
        { id: 'a', text: row.a },
        { id: 'b', text: row.b },
      ],
      units: [
        { a: { doc: 'a', start: 0, end: row.a.length }, b: { doc: 'b', start: 0, end: row.b.length }, gold },
      ],
    })
  })
  return comparisons
}

/** STS-B news pairs: near-identical meaning (score ≥ 4) is one claim, different statements (< 2) are not; between is left out. */
export function loadStsbComparisons(dir: string, limit?: number): LabelledComparison[] {
  const rows = readJsonl<PairRow & { score: number }>(join(dir, 'stsb-dev-news.jsonl'), limit)
  return pairComparisons('stsb', rows, (row) => stsbSameClaim(row.score))
}

/** MRPC pairs: equivalent is one claim. */
export function loadMrpcComparisons(dir: string, limit?: number): LabelledComparison[] {
  const rows = readJsonl<PairRow & { label: number }>(join(dir, 'mrpc-train.jsonl'), limit)
  return pairComparisons('mrpc', rows, (row) => row.label === 1)
}

/** ClaimDiff pairs: strengthen and weaken share a claim, neither does not; folds by topic. */
export function loadClaimDiffComparisons(dir: string, limit?: number): LabelledComparison[] {
  const rows = readJsonl<PairRow & { label: string; topic: string }>(
    join(dir, 'claimdiff-train.jsonl'),
    limit,
  )
  return pairComparisons(
    'claimdiff',
    rows,
    (row) => row.label !== 'neither',
    (row) => foldOfTopic(row.topic),
  )
}

/**
 * Claim labels as comparisons: every cross-document pair of labelled stretches is a unit, gold
 * when the two share a claim (CLAIMS-GUIDE.md). Folds by ECB+ topic.
 */
function claimComparisons(set: TrainingSetName, topics: readonly ClaimLabelledTopic[]): LabelledComparison[] {
  return topics.map((topic) => {
    const gold = goldClaimPairs(topic)
    const units: JudgedUnit[] = []
    topic.stretches.forEach((first, at) => {
      for (const second of topic.stretches.slice(at + 1)) {
        if (first.doc === second.doc) continue
        units.push({
          a: { doc: first.doc, start: first.start, end: first.end },
          b: { doc: second.doc, start: second.start, end: second.end },
          gold: gold.has(stretchPairKey(first.key, second.key)),
        })
      }
    })
    return { set, id: topic.id, fold: foldOfClaimTopic(topic), articles: topic.articles, units }
  })
}

/** The loaders by set name. */
export const TRAINING_SETS: Record<TrainingSetName, (dir: string, limit?: number) => LabelledComparison[]> = {
  ecb: loadEcbComparisons,
  stsb: loadStsbComparisons,
  mrpc: loadMrpcComparisons,
  claimdiff: loadClaimDiffComparisons,
  claims: (dir, limit) => claimComparisons('claims', loadAnnotatedClaims(dir, limit)),
  claimsWhole: (dir, limit) => claimComparisons('claimsWhole', loadWholeClaims(dir, limit)),
}
