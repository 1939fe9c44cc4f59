import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { groupingScorer } from '../../src/engine/align/score-candidates.ts'
import { analyseArticles } from '../../src/engine/analyse-articles.ts'
import { type ArticleInput, compareArticles, type Report, type Segment } from '../../src/engine/index.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { foldOfTopic } from './folds.ts'
import { profilesOverlapping, strongestProbability } from './pair-probability.ts'
import { readJsonl } from './read-jsonl.ts'
import { type Forecast, measureReliability } from './reliability.ts'
import { type BinaryCounts, countDecision, emptyCounts, ratio, scoreCounts } from './scores.ts'

/** One batch request: the articles of one ECB+ sub-topic. */
interface EcbRequest {
  id: string
  articles: ArticleInput[]
}

/** An annotated sentence, with UTF-16 offsets into its article's text. */
export interface GoldSentence {
  key: string
  doc: string
  start: number
  end: number
}

/** The gold of one sub-topic: its annotated sentences and the aligned pairs among them. */
export interface EcbGold {
  id: string
  topic: number
  candidate_pairs: number
  sentences: GoldSentence[]
  strict: Array<[string, string]>
  loose: Array<[string, string]>
}

/**
 * ECB+: over cross-document pairs of annotated sentences in each sub-topic, a pair is predicted
 * when one claim holds a segment of each sentence (a sentence maps to every segment overlapping
 * its [start, end)). Strict gold gives P/R/F1; loose gold gives recall and precision.
 */
export const ECB: EvalSet<EcbItem> = {
  name: 'ecb',
  trainedAs: 'ecb',
  load: loadEcb,
  foldOf: (item) => foldOfTopic(String(item.gold.topic)),
  score: scoreEcb,
}

/** One sub-topic: its batch request and its gold. */
interface EcbItem {
  request: EcbRequest
  gold: EcbGold
}

function loadEcb(dir: string, limit?: number): EcbItem[] {
  const requests = readJsonl<EcbRequest>(join(dir, 'ecbplus-dev', 'ecbplus-dev.jsonl'), limit)
  const golds = new Map(
    readJsonl<EcbGold>(join(dir, 'ecbplus-dev', 'ecbplus-dev-gold.jsonl'), limit).map((gold) => [
      gold.id,
      gold,
    ]),
  )
  return requests.map((request) => {
    const gold = golds.get(request.id)
    if (gold === undefined) throw new Error(`no gold for ${request.id}`)
    return { request, gold }
  })
}

function scoreEcb(items: readonly EcbItem[], model: MatchModel): SetOutcome {
  const tally = emptyTally()
  let candidateMismatches = 0
  let articles = 0
  const forecasts: Forecast[] = []
  for (const { request, gold } of items) {
    articles += request.articles.length
    const candidates = tallyEcbPairs(compareArticles(request.articles, { model }), gold, tally)
    if (candidates !== gold.candidate_pairs) candidateMismatches++
    forecasts.push(...forecastEcbPairs(request, gold, model))
  }
  const { strict, loose, looseFound, predicted, candidates } = tally
  const scores = scoreCounts(strict)
  const reliability = measureReliability(forecasts)
  return {
    set: 'ecb',
    items: items.length,
    metrics: {
      'strict P': scores.precision,
      'strict R': scores.recall,
      'strict F1': scores.f1,
      'loose R': ratio(looseFound, loose),
      'loose P': ratio(looseFound, predicted),
      'calibration error (ECE)': reliability.ece,
    },
    detail: {
      articles,
      candidatePairs: candidates,
      predictedPairs: predicted,
      strict: { ...strict, ...scores },
      loose: { gold: loose, found: looseFound },
      subtopicsWhoseCandidateCountDiffers: candidateMismatches,
      reliability,
    },
  }
}

/**
 * The model's probability for every cross-document pair of annotated sentences (the strongest
 * over the segments each overlaps), with the strict gold: what calibration is measured on.
 */
function forecastEcbPairs(request: EcbRequest, gold: EcbGold, model: MatchModel): Forecast[] {
  const { profiles } = analyseArticles(request.articles)
  const scorer = groupingScorer(profiles, model)
  const segmentsOf = new Map(
    gold.sentences.map((sentence) => [sentence.key, profilesOverlapping(profiles, sentence)]),
  )
  const strict = new Set(gold.strict.map(pairKey))
  const forecasts: Forecast[] = []
  gold.sentences.forEach((first, index) => {
    for (const second of gold.sentences.slice(index + 1)) {
      if (first.doc === second.doc) continue
      forecasts.push({
        probability: strongestProbability(
          scorer,
          segmentsOf.get(first.key) ?? [],
          segmentsOf.get(second.key) ?? [],
        ),
        gold: strict.has(pairKey([first.key, second.key])),
      })
    }
  })
  return forecasts
}

/** Running pair counts over sub-topics. */
export interface EcbTally {
  /** Decisions against strict gold. */
  strict: BinaryCounts
  /** Gold loose pairs. */
  loose: number
  /** Gold loose pairs that were predicted. */
  looseFound: number
  /** Predicted pairs. */
  predicted: number
  /** All candidate pairs seen. */
  candidates: number
}

/** A tally with nothing counted yet. */
export function emptyTally(): EcbTally {
  return { strict: emptyCounts(), loose: 0, looseFound: 0, predicted: 0, candidates: 0 }
}

/**
 * Adds one sub-topic's cross-document pairs of annotated sentences to the tally; a pair is predicted
 * when one claim holds a segment of each sentence. Returns the sub-topic's candidate pair count.
 */
export function tallyEcbPairs(report: Report, gold: EcbGold, tally: EcbTally): number {
  const claimsOf = mapSentencesToClaims(report, gold.sentences)
  const strictPairs = new Set(gold.strict.map(pairKey))
  const loosePairs = new Set(gold.loose.map(pairKey))
  let candidates = 0
  gold.sentences.forEach((first, index) => {
    const claims = claimsOf.get(first.key) ?? new Set()
    for (const second of gold.sentences.slice(index + 1)) {
      if (first.doc === second.doc) continue
      candidates++
      const isPredicted = [...(claimsOf.get(second.key) ?? [])].some((claim) => claims.has(claim))
      const key = pairKey([first.key, second.key])
      countDecision(tally.strict, strictPairs.has(key), isPredicted)
      if (isPredicted) tally.predicted++
      if (loosePairs.has(key)) {
        tally.loose++
        if (isPredicted) tally.looseFound++
      }
    }
  })
  tally.candidates += candidates
  return candidates
}

/** Sentence key → ids of the claims holding a segment that overlaps the sentence. */
export function mapSentencesToClaims(report: Report, sentences: GoldSentence[]): Map<string, Set<string>> {
  const claimOf = new Map<string, string[]>()
  for (const claim of report.claims) {
    for (const id of claim.segments) claimOf.set(id, [...(claimOf.get(id) ?? []), claim.id])
  }
  const segmentsByDoc = new Map<string, Segment[]>()
  for (const segment of report.segments) {
    const list = segmentsByDoc.get(segment.doc)
    if (list === undefined) segmentsByDoc.set(segment.doc, [segment])
    else list.push(segment)
  }
  const result = new Map<string, Set<string>>()
  for (const sentence of sentences) {
    const claims = new Set<string>()
    for (const segment of segmentsByDoc.get(sentence.doc) ?? []) {
      if (segment.start < sentence.end && sentence.start < segment.end) {
        for (const claim of claimOf.get(segment.id) ?? []) claims.add(claim)
      }
    }
    result.set(sentence.key, claims)
  }
  return result
}

/** An order-free key for a pair of sentence keys. */
function pairKey([first, second]: [string, string]): string {
  return first < second ? `${first}|${second}` : `${second}|${first}`
}
