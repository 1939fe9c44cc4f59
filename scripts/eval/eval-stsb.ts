import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import { foldOfIndex } from './folds.ts'
import { pairProbability } from './pair-probability.ts'
import { claimsJoiningPair, comparePair } from './pair-report.ts'
import { readJsonl } from './read-jsonl.ts'
import { type Forecast, measureReliability } from './reliability.ts'
import { ratio } from './scores.ts'

/** One STS Benchmark news pair with its 0–5 similarity score. */
interface StsbRow {
  id: string
  a: string
  b: string
  score: number
}

/** Scores at or above this mean near-identical meaning: one claim. */
const SAME = 4
/** Scores below this mean different statements: no claim joins them. */
const DIFFERENT = 2

/** Whether an STS-B pair is one claim (≥ 4), not one (< 2), or has no firm answer (between): null. */
export function stsbSameClaim(score: number): boolean | null {
  return score >= SAME ? true : score < DIFFERENT ? false : null
}

/**
 * STS-B news (headlines, deft-news): pairs of near-identical meaning (score ≥ 4) should be joined
 * by a claim, clearly different statements (score < 2) kept apart; pairs between have no firm
 * expectation and are only counted.
 */
export const STSB: EvalSet<StsbRow> = {
  name: 'stsb',
  trainedAs: 'stsb',
  load: (dir, limit) => readJsonl<StsbRow>(join(dir, 'stsb-dev-news.jsonl'), limit),
  foldOf: (_row, index) => foldOfIndex(index),
  score: scoreStsb,
}

function scoreStsb(rows: readonly StsbRow[], model: MatchModel): SetOutcome {
  let same = 0
  let joined = 0
  let different = 0
  let apart = 0
  let between = 0
  const forecasts: Forecast[] = []
  for (const row of rows) {
    const gold = stsbSameClaim(row.score)
    if (gold === null) {
      between++
      continue
    }
    forecasts.push({ probability: pairProbability(row.a, row.b, model), gold })
    const isJoined = claimsJoiningPair(comparePair(row.id, row.a, row.b, model)).length > 0
    if (gold) {
      same++
      if (isJoined) joined++
    } else {
      different++
      if (!isJoined) apart++
    }
  }
  const joinedShare = ratio(joined, same)
  const apartShare = ratio(apart, different)
  const reliability = measureReliability(forecasts)
  return {
    set: 'stsb',
    items: same + different,
    metrics: {
      'different (< 2) kept apart': apartShare,
      'near-identical (>= 4) joined': joinedShare,
      'balanced accuracy': (joinedShare + apartShare) / 2,
      'calibration error (ECE)': reliability.ece,
    },
    detail: { same, joined, different, apart, notJudged: between, reliability },
  }
}
