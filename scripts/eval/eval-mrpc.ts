import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { foldOfIndex } from './folds.ts'
import { pairProbability } from './pair-probability.ts'
import { claimsJoiningPair, comparePair } from './pair-report.ts'
import { readJsonl } from './read-jsonl.ts'
import { type Forecast, measureReliability } from './reliability.ts'
import { countDecision, emptyCounts, rankAuc, ratio, scoreCounts } from './scores.ts'

/** One MRPC row: two news sentences, 1 when raters judged them equivalent. */
interface MrpcRow {
  id: string
  a: string
  b: string
  label: 0 | 1
}

/**
 * MRPC: predict "equivalent" when one agreement claim joins both sentences; the second variant
 * also accepts a partial claim, since MRPC's "equivalent" tolerates small one-sided details.
 */
export const MRPC: EvalSet<MrpcRow> = {
  name: 'mrpc',
  trainedAs: 'mrpc',
  load: (dir, limit) => readJsonl<MrpcRow>(join(dir, 'mrpc-train.jsonl'), limit),
  foldOf: (_row, index) => foldOfIndex(index),
  score: scoreMrpc,
}

function scoreMrpc(rows: readonly MrpcRow[], model: MatchModel): SetOutcome {
  const strict = emptyCounts()
  const lenient = emptyCounts()
  let strictCorrect = 0
  let lenientCorrect = 0
  const forecasts: Forecast[] = []
  for (const row of rows) {
    forecasts.push({ probability: pairProbability(row.a, row.b, model), gold: row.label === 1 })
    const statuses = claimsJoiningPair(comparePair(row.id, row.a, row.b, model)).map((claim) => claim.status)
    const gold = row.label === 1
    const agreement = statuses.includes('agreement')
    const agreementOrPartial = agreement || statuses.includes('partial')
    countDecision(strict, gold, agreement)
    countDecision(lenient, gold, agreementOrPartial)
    if (agreement === gold) strictCorrect++
    if (agreementOrPartial === gold) lenientCorrect++
  }
  const reliability = measureReliability(forecasts)
  return {
    set: 'mrpc',
    items: rows.length,
    metrics: {
      'accuracy (agreement)': ratio(strictCorrect, rows.length),
      'F1 (agreement)': scoreCounts(strict).f1,
      'accuracy (agreement+partial)': ratio(lenientCorrect, rows.length),
      'F1 (agreement+partial)': scoreCounts(lenient).f1,
      // Ranking by the match probability of the pair (its strongest segment pair), as the issue asks.
      'AUC (match probability)': rankAuc(
        forecasts.map(({ probability, gold }) => ({ score: probability, gold })),
      ),
      'calibration error (ECE)': reliability.ece,
    },
    detail: {
      agreement: { ...strict, ...scoreCounts(strict) },
      agreementOrPartial: { ...lenient, ...scoreCounts(lenient) },
      baseline: 'always 1 on the full train split: accuracy 0.675, F1 0.806',
      reliability,
    },
  }
}
