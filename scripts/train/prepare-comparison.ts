import { findCandidatePairs } from '../../src/engine/align/candidate-pairs.ts'
import { type ClaimGroup, groupClaims } from '../../src/engine/align/group-claims.ts'
import { type MatchModel, matchProbability } from '../../src/engine/align/match-model.ts'
import { pairFeatures } from '../../src/engine/align/pair-features.ts'
import { groupingScorer } from '../../src/engine/align/score-candidates.ts'
import type { SegmentProfile } from '../../src/engine/align/segment-profile.ts'
import { analyseArticles } from '../../src/engine/analyse-articles.ts'
import { profilesOverlapping } from '../eval/pair-probability.ts'
import type { LabelledComparison } from './labelled-comparisons.ts'

/** A judged unit as profile indices: the segments overlapping each stretch. */
export interface UnitSegments {
  /** Profiles overlapping the first stretch. */
  a: number[]
  /** Profiles overlapping the second stretch. */
  b: number[]
  /** The gold judgement. */
  gold: boolean
}

/** A labelled comparison read by the engine up to scoring: candidates, their features and labels. */
export interface PreparedComparison {
  /** What was read. */
  source: LabelledComparison
  /** The comparable segments' profiles. */
  profiles: SegmentProfile[]
  /** The candidate pairs the engine would score. */
  candidates: Array<[number, number]>
  /** Feature values per candidate. */
  features: Float64Array[]
  /** Gold per candidate: 1 same claim, 0 not, null when no unit judges the pair. */
  labels: Array<0 | 1 | null>
  /** The judged units, as profile indices. */
  units: UnitSegments[]
}

/**
 * Runs the engine's own front half on a labelled comparison (segment, facts, profiles, candidate
 * pairs, features), so the model learns from exactly the pairs it will score, and labels each
 * candidate from the units: gold when some unit holding the pair is gold.
 */
export function prepareComparison(source: LabelledComparison): PreparedComparison {
  const { profiles } = analyseArticles(source.articles)
  const candidates = findCandidatePairs(profiles)
  const features = candidates.map(
    ([a, b]) => pairFeatures(profiles[a] as SegmentProfile, profiles[b] as SegmentProfile).values,
  )
  const units = source.units.map((unit) => ({
    a: profilesOverlapping(profiles, unit.a),
    b: profilesOverlapping(profiles, unit.b),
    gold: unit.gold,
  }))
  const judged = new Map<number, 0 | 1>()
  for (const unit of units) {
    for (const x of unit.a) {
      for (const y of unit.b) {
        const key = Math.min(x, y) * profiles.length + Math.max(x, y)
        judged.set(key, unit.gold || judged.get(key) === 1 ? 1 : 0)
      }
    }
  }
  const labels = candidates.map(([a, b]) => judged.get(a * profiles.length + b) ?? null)
  return { source, profiles, candidates, features, labels, units }
}

/** Groups a prepared comparison's segments into claims as the engine would with this model and cut. */
export function groupPrepared(prepared: PreparedComparison, model: MatchModel, cut: number): ClaimGroup[] {
  const { profiles } = prepared
  const pairs = prepared.candidates.map(([a, b], at) => ({
    a,
    b,
    probability: matchProbability(model, prepared.features[at] as Float64Array),
  }))
  return groupClaims(profiles, pairs, cut, groupingScorer(profiles, model))
}

/** For each unit, whether one claim of the groups holds a segment of each stretch (a segment may sit in several). */
export function judgeUnits(prepared: PreparedComparison, groups: readonly ClaimGroup[]): boolean[] {
  const claimsOf: number[][] = prepared.profiles.map(() => [])
  groups.forEach((group, at) => {
    for (const member of group.members) claimsOf[member]?.push(at)
  })
  return prepared.units.map((unit) => {
    const claims = new Set(unit.a.flatMap((x) => claimsOf[x] ?? []))
    return unit.b.some((y) => (claimsOf[y] ?? []).some((claim) => claims.has(claim)))
  })
}
