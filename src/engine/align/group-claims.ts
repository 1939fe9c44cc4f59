import { ALIGN_DEFAULTS } from '../defaults.ts'
import type { SegmentProfile } from './segment-profile.ts'
import { findSingleStatementDocs } from './single-statements.ts'

/** An aligned pair of profile indices with its score. */
export interface ScoredPair {
  /** Profile index of one side. */
  a: number
  /** Profile index of the other side (another document). */
  b: number
  /** Alignment score 0..1. */
  score: number
}

/** A group of profiles that report one claim, with the scores of the links that joined it. */
export interface ClaimGroup {
  /** Profile indices, ascending. */
  members: number[]
  /** Mean score of the links that built the group, 0..1. */
  score: number
}

/**
 * Groups scored pairs into claims. A pair counts only above the threshold and when it is each
 * side's best partner in the other document or close to it (mutual-best with a margin, which
 * allows sentence splits and merges). A document of a single statement (a claim checked against an
 * article, a sentence pair) is compared rather than searched, so its strict mutual best partner
 * joins from `singleStatementShare` × threshold. Links then join groups in descending score order
 * (single-link clustering, Kruskal-style) with two guards against chaining unrelated segments:
 * at most `maxSegmentsPerDocument` segments of one document, and the mean score across the two
 * groups' members must stay above `chainGuard` × threshold (an average-link check).
 */
export function groupClaims(
  profiles: SegmentProfile[],
  pairs: ScoredPair[],
  threshold: number,
  scoreOf: (a: number, b: number) => number,
): ClaimGroup[] {
  const best = new Map<string, number>()
  const bestKey = (index: number, docIndex: number) => `${index}>${docIndex}`
  const docOf = (index: number) => profiles[index]?.docIndex ?? -1
  // A document of one statement is compared, not searched: its partner may join on weaker evidence.
  const statements = findSingleStatementDocs(profiles)
  const single = (index: number) => statements.has(docOf(index))
  const floor = threshold * ALIGN_DEFAULTS.singleStatementShare
  const eligible = (pair: ScoredPair) =>
    pair.score >= threshold || (pair.score >= floor && (single(pair.a) || single(pair.b)))
  for (const pair of pairs) {
    if (!eligible(pair)) continue
    const keyA = bestKey(pair.a, docOf(pair.b))
    const keyB = bestKey(pair.b, docOf(pair.a))
    best.set(keyA, Math.max(best.get(keyA) ?? 0, pair.score))
    best.set(keyB, Math.max(best.get(keyB) ?? 0, pair.score))
  }
  const links = pairs
    .filter((pair) => {
      if (!eligible(pair)) return false
      // Under the threshold only the strict mutual best joins (competitive linking, Melamed 2000).
      const margin = pair.score < threshold ? 0 : ALIGN_DEFAULTS.bestMargin
      return (
        pair.score >= (best.get(bestKey(pair.a, docOf(pair.b))) ?? 0) - margin &&
        pair.score >= (best.get(bestKey(pair.b, docOf(pair.a))) ?? 0) - margin
      )
    })
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const groupOf = new Map<number, { members: number[]; scores: number[] }>()
  for (const link of links) {
    const groupA = groupOf.get(link.a) ?? { members: [link.a], scores: [] }
    const groupB = groupOf.get(link.b) ?? { members: [link.b], scores: [] }
    if (groupA === groupB) {
      groupA.scores.push(link.score)
      continue
    }
    if (!canMerge(groupA.members, groupB.members, profiles, threshold, scoreOf)) continue
    const merged = {
      members: [...groupA.members, ...groupB.members],
      scores: [...groupA.scores, ...groupB.scores, link.score],
    }
    for (const member of merged.members) groupOf.set(member, merged)
  }
  const groups = new Set(groupOf.values())
  return [...groups]
    .map((group) => ({
      members: [...group.members].sort((x, y) => x - y),
      score: group.scores.reduce((sum, score) => sum + score, 0) / Math.max(1, group.scores.length),
    }))
    .sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0))
}

/** The chaining guard: document capacity and average-link similarity across the two groups. */
function canMerge(
  a: number[],
  b: number[],
  profiles: SegmentProfile[],
  threshold: number,
  scoreOf: (a: number, b: number) => number,
): boolean {
  const perDocument = new Map<number, number>()
  for (const member of [...a, ...b]) {
    const doc = profiles[member]?.docIndex ?? -1
    const count = (perDocument.get(doc) ?? 0) + 1
    if (count > ALIGN_DEFAULTS.maxSegmentsPerDocument) return false
    perDocument.set(doc, count)
  }
  if (a.length === 1 && b.length === 1) return true
  let sum = 0
  let count = 0
  for (const x of a) {
    for (const y of b) {
      if (profiles[x]?.docIndex === profiles[y]?.docIndex) continue
      sum += scoreOf(x, y)
      count++
    }
  }
  return count === 0 || sum / count >= ALIGN_DEFAULTS.chainGuard * threshold
}
