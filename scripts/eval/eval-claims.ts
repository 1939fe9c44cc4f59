import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { compareArticles } from '../../src/engine/index.ts'
import {
  type ClaimLabelledTopic,
  foldOfClaimTopic,
  goldClaimPairs,
  loadAnnotatedClaims,
  loadWholeClaims,
  stretchPairKey,
} from '../train/claim-labels.ts'
import type { TrainingSetName } from '../train/labelled-comparisons.ts'
import { mapSentencesToClaims } from './eval-ecb.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { type BinaryCounts, countDecision, emptyCounts, scoreCounts } from './scores.ts'

/**
 * Claim pairs, the yardstick of alignment (CLAIMS-GUIDE.md): over every cross-document pair of
 * labelled stretches of a sub-topic, a pair is predicted when one claim of the report holds a
 * segment overlapping each, the rule `../shared/eval/score-claims.mjs` applies. On the annotated
 * sentences of all 66 sub-topics (`claims`) and on every line of the whole clusters labelled so far
 * (`claims-whole`), where most pairs report different things and precision is tested.
 */
export const CLAIMS = claimSet('claims', 'claims', loadAnnotatedClaims)

/** Claim pairs over every line of whole clusters. */
export const CLAIMS_WHOLE = claimSet('claims-whole', 'claimsWhole', loadWholeClaims)

/** A set of claim-labelled topics, folded by ECB+ topic and scored by claim pairs. */
function claimSet(
  name: string,
  trainedAs: TrainingSetName,
  load: (dir: string, limit?: number) => ClaimLabelledTopic[],
): EvalSet<ClaimLabelledTopic> {
  return {
    name,
    trainedAs,
    load,
    foldOf: foldOfClaimTopic,
    score: (topics, model) => scoreClaimTopics(name, topics, model),
  }
}

/** Compares each topic's articles with the model and counts its claim-pair decisions. */
function scoreClaimTopics(set: string, topics: readonly ClaimLabelledTopic[], model: MatchModel): SetOutcome {
  const total = emptyCounts()
  const perTopic: Record<string, BinaryCounts> = {}
  for (const topic of topics) {
    const counts = tallyClaimPairs(topic, compareArticles(topic.articles, { model }))
    perTopic[topic.id] = counts
    total.tp += counts.tp
    total.fp += counts.fp
    total.fn += counts.fn
  }
  const scores = scoreCounts(total)
  return {
    set,
    items: topics.length,
    metrics: { 'claim P': scores.precision, 'claim R': scores.recall, 'claim F1': scores.f1 },
    detail: { total: { ...total, ...scores }, perTopic },
  }
}

/** One topic's claim-pair decisions against a report. */
export function tallyClaimPairs(
  topic: ClaimLabelledTopic,
  report: Parameters<typeof mapSentencesToClaims>[0],
): BinaryCounts {
  const gold = goldClaimPairs(topic)
  const claimsOf = mapSentencesToClaims(report, topic.stretches)
  const counts = emptyCounts()
  topic.stretches.forEach((first, at) => {
    const claims = claimsOf.get(first.key) ?? new Set<string>()
    for (const second of topic.stretches.slice(at + 1)) {
      if (first.doc === second.doc) continue
      const predicted = [...(claimsOf.get(second.key) ?? [])].some((claim) => claims.has(claim))
      countDecision(counts, gold.has(stretchPairKey(first.key, second.key)), predicted)
    }
  })
  return counts
}
