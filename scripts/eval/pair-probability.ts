import type { GroupingScorer } from '../../src/engine/align/group-claims.ts'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { groupingScorer } from '../../src/engine/align/score-candidates.ts'
import type { SegmentProfile } from '../../src/engine/align/segment-profile.ts'
import { analyseArticles } from '../../src/engine/analyse-articles.ts'
import type { TextSpan } from '../../src/engine/index.ts'

/**
 * The highest probability the model gives any pair of segments across two groups (a sentence the
 * segmenter split into clauses is several segments): how strongly it believes the two stretches
 * report one claim. 0 when either group is empty (a stretch with no comparable segment).
 */
export function strongestProbability(
  scorer: GroupingScorer,
  left: readonly number[],
  right: readonly number[],
): number {
  let strongest = 0
  for (const a of left) for (const b of right) strongest = Math.max(strongest, scorer.probability(a, b))
  return strongest
}

/** The profiles whose segments overlap a stretch of text. */
export function profilesOverlapping(profiles: readonly SegmentProfile[], span: TextSpan): number[] {
  return profiles
    .filter(({ segment }) => segment.doc === span.doc && segment.start < span.end && span.start < segment.end)
    .map((profile) => profile.index)
}

/**
 * The probability the model gives a pair-set row, compared as the dataset README's batch request
 * says (two one-text articles `a` and `b`): its strongest segment pair across the two.
 */
export function pairProbability(a: string, b: string, model: MatchModel): number {
  const { profiles } = analyseArticles([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ])
  const of = (doc: string) => profiles.filter((profile) => profile.segment.doc === doc).map((p) => p.index)
  return strongestProbability(groupingScorer(profiles, model), of('a'), of('b'))
}
