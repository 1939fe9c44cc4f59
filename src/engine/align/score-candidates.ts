import type { GroupingScorer, ScoredPair } from './group-claims.ts'
import { DEFAULT_RESTATEMENT, type MatchModel } from './match-model.ts'
import { directPairProbability, type PairProbability } from './near-duplicates.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** Checks the clock every this many scored pairs, so watching it stays cheap. */
const CLOCK_STRIDE = 256

/** The scored pairs, and how many candidates the time budget left unscored. */
export interface CandidateScores {
  /** One scored pair per candidate scored, in candidate order. */
  pairs: ScoredPair[]
  /** Candidates left unscored when the clock ran out (0 normally). */
  unscored: number
}

/**
 * Scores candidate pairs with the match model, in order, until `expired()` says the time budget
 * is spent; the rest stay unscored (and so unaligned), which the caller reports as a shortcut.
 * `probability` scores one pair (by default straight from its features; the pipeline passes one
 * that scores near-duplicates once, near-duplicates.ts).
 */
export function scoreCandidates(
  profiles: readonly SegmentProfile[],
  candidates: readonly (readonly [number, number])[],
  model: MatchModel,
  expired: () => boolean,
  probability: PairProbability = directPairProbability(profiles, model),
): CandidateScores {
  const pairs: ScoredPair[] = []
  for (let i = 0; i < candidates.length; i++) {
    if (i % CLOCK_STRIDE === 0 && expired()) return { pairs, unscored: candidates.length - i }
    const [a, b] = candidates[i] as readonly [number, number]
    if (profiles[a] === undefined || profiles[b] === undefined) continue
    pairs.push({ a, b, probability: probability(a, b) })
  }
  return { pairs, unscored: 0 }
}

/** The model's scorer for pairs grouping meets beyond the candidates, its restatement rule, and the clause-split test. */
export function groupingScorer(
  profiles: readonly SegmentProfile[],
  model: MatchModel,
  probability: PairProbability = directPairProbability(profiles, model),
): GroupingScorer {
  return {
    probability,
    isSplit: (a, b) => isClauseSplit(profiles, a, b),
    restatement: model.restatement ?? DEFAULT_RESTATEMENT,
    ...(model.attach === undefined ? {} : { attachAt: model.attach }),
  }
}

/** True when two segments of one document are pieces of one sentence: the earlier ends mid-sentence. */
function isClauseSplit(profiles: readonly SegmentProfile[], a: number, b: number): boolean {
  const first = profiles[Math.min(a, b)]
  const second = profiles[Math.max(a, b)]
  if (first === undefined || second === undefined || first.docIndex !== second.docIndex) return false
  return second.rank === first.rank + 1 && /[;:,–—-]\s*$/.test(first.segment.text)
}
