import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { foldOfTopic } from './folds.ts'
import { pairProbability } from './pair-probability.ts'
import { claimsJoiningPair, comparePair } from './pair-report.ts'
import { readJsonl } from './read-jsonl.ts'
import { type Forecast, measureReliability } from './reliability.ts'
import { type BinaryCounts, type BinaryScores, countDecision, emptyCounts, scoreCounts } from './scores.ts'

/** ClaimDiff's labels: does claim b strengthen claim a, weaken it, or neither. */
type ClaimDiffLabel = 'strengthen' | 'weaken' | 'neither'

/** One ClaimDiff row. */
interface ClaimDiffRow {
  id: string
  topic: string
  a: string
  b: string
  label: ClaimDiffLabel
}

const LABELS: readonly ClaimDiffLabel[] = ['strengthen', 'weaken', 'neither']

/**
 * ClaimDiff: a discrepancy claim joining the two says weaken, an agreement or partial claim says
 * strengthen, no joining claim says neither. A discrepancy wins when several claims join them.
 */
export const CLAIMDIFF: EvalSet<ClaimDiffRow> = {
  name: 'claimdiff',
  trainedAs: 'claimdiff',
  load: (dir, limit) => readJsonl<ClaimDiffRow>(join(dir, 'claimdiff-train.jsonl'), limit),
  foldOf: (row) => foldOfTopic(row.topic),
  score: scoreClaimDiff,
}

function scoreClaimDiff(rows: readonly ClaimDiffRow[], model: MatchModel): SetOutcome {
  // confusion[gold][predicted]
  const confusion = Object.fromEntries(
    LABELS.map((gold) => [gold, Object.fromEntries(LABELS.map((predicted) => [predicted, 0]))]),
  ) as Record<ClaimDiffLabel, Record<ClaimDiffLabel, number>>
  const pairs: Array<[ClaimDiffLabel, ClaimDiffLabel]> = []
  // Strengthen and weaken both relate the two claims (one claim, agreeing or not); neither does not.
  const forecasts: Forecast[] = []
  for (const row of rows) {
    forecasts.push({ probability: pairProbability(row.a, row.b, model), gold: row.label !== 'neither' })
    const statuses = claimsJoiningPair(comparePair(row.id, row.a, row.b, model)).map((claim) => claim.status)
    const predicted: ClaimDiffLabel = statuses.includes('discrepancy')
      ? 'weaken'
      : statuses.length > 0
        ? 'strengthen'
        : 'neither'
    confusion[row.label][predicted]++
    pairs.push([row.label, predicted])
  }
  const perClass = {} as Record<ClaimDiffLabel, BinaryCounts & BinaryScores>
  for (const label of LABELS) {
    const counts = emptyCounts()
    for (const [gold, predicted] of pairs) countDecision(counts, gold === label, predicted === label)
    perClass[label] = { ...counts, ...scoreCounts(counts) }
  }
  const macroF1 = LABELS.reduce((sum, label) => sum + perClass[label].f1, 0) / LABELS.length
  const reliability = measureReliability(forecasts)
  return {
    set: 'claimdiff',
    items: rows.length,
    metrics: {
      'macro-F1': macroF1,
      'weaken recall': perClass.weaken.recall,
      'weaken precision': perClass.weaken.precision,
      'strengthen F1': perClass.strengthen.f1,
      'neither F1': perClass.neither.f1,
      'calibration error (ECE)': reliability.ece,
    },
    detail: { confusion, perClass, confusionAxes: 'confusion[gold][predicted]', reliability },
  }
}
