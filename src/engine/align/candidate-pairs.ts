import { ALIGN_DEFAULTS } from '../defaults.ts'
import type { SegmentProfile } from './segment-profile.ts'
import { findSingleStatementDocs } from './single-statements.ts'

/** A pair of profile indices from different documents, `a < b`. */
export type CandidatePair = [number, number]

/**
 * The index keys of one profile with their weights: stems and numbers. WordNet concepts are left
 * out of the index (scoring still credits synonyms): measured on 10 × 5,000 words, indexing them
 * tripled the candidates and crowded real partners out of each segment's best few.
 */
function keysOf(profile: SegmentProfile): Map<string, number> {
  const keys = new Map<string, number>()
  const add = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight))
  for (const term of profile.terms) {
    add(term.stem, term.weight)
  }
  for (const fact of profile.facts) if (fact.startsWith('#')) add(fact, 0.5)
  return keys
}

/**
 * Finds pairs worth scoring through an inverted index over content keys (stems and numbers), accumulating the shared keys' weights for every partner (term-at-a-time retrieval), and
 * keeps each segment's best few partners per other document that share a real part of its weight. Never scores every pair: a key held
 * by more than `maxPostingLength` segments is skipped (stop-list pruning, Moffat & Zobel 1996), which
 * bounds the work per key and keeps the whole step linear in the input; such keys are topical, not
 * evidence that two sentences report one claim.
 */
export function findCandidatePairs(profiles: SegmentProfile[]): CandidatePair[] {
  const { maxPostingLength } = ALIGN_DEFAULTS
  // Postings as parallel arrays (segment, weight) per interned key: the inner loop touches no Map.
  const keyIds = new Map<string, number>()
  const postingSegments: number[][] = []
  const postingWeights: number[][] = []
  const profileKeys = profiles.map((profile, index) => {
    const ids: number[] = []
    for (const [key, weight] of keysOf(profile)) {
      let id = keyIds.get(key)
      if (id === undefined) {
        id = postingSegments.length
        keyIds.set(key, id)
        postingSegments.push([])
        postingWeights.push([])
      }
      postingSegments[id]?.push(index)
      postingWeights[id]?.push(weight)
      ids.push(id)
    }
    return ids
  })
  const accumulator = new Float64Array(profiles.length)
  const touched: number[] = []
  const seen = new Set<number>()
  const pairs: CandidatePair[] = []
  profiles.forEach((profile, index) => {
    for (const id of profileKeys[index] ?? []) {
      const segments = postingSegments[id] ?? []
      const weights = postingWeights[id] ?? []
      if (segments.length > maxPostingLength) continue
      const own = weights[segments.indexOf(index)] ?? 0
      for (let at = 0; at < segments.length; at++) {
        const other = segments[at] ?? 0
        if (profiles[other]?.docIndex === profile.docIndex) continue
        if (accumulator[other] === 0) touched.push(other)
        accumulator[other] = (accumulator[other] ?? 0) + Math.min(own, weights[at] ?? 0)
      }
    }
    const perDocument = new Map<number, number[]>()
    for (const other of touched) {
      const doc = profiles[other]?.docIndex ?? -1
      const list = perDocument.get(doc) ?? []
      list.push(other)
      perDocument.set(doc, list)
    }
    const floor = ALIGN_DEFAULTS.minSharedWeight * profile.totalWeight
    for (const list of perDocument.values()) {
      list.sort((x, y) => (accumulator[y] ?? 0) - (accumulator[x] ?? 0) || x - y)
      for (const other of list.slice(0, ALIGN_DEFAULTS.candidatesPerSegment)) {
        if ((accumulator[other] ?? 0) < floor) break
        const a = Math.min(index, other)
        const b = Math.max(index, other)
        if (seen.has(a * profiles.length + b)) continue
        seen.add(a * profiles.length + b)
        pairs.push([a, b])
      }
    }
    for (const other of touched) accumulator[other] = 0
    touched.length = 0
  })
  addSingleStatementPairs(profiles, pairs, seen)
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
}

/**
 * A document of one statement (a claim checked against an article, a sentence pair) is compared,
 * not searched: its segment becomes a candidate of every segment of the other documents, so a
 * paraphrase sharing no stem (`met` / `held talks`) can still be scored. Only in comparisons of at
 * most `compareAllUpTo` segments, which bounds the extra pairs.
 */
function addSingleStatementPairs(
  profiles: SegmentProfile[],
  pairs: CandidatePair[],
  seen: Set<number>,
): void {
  if (profiles.length > ALIGN_DEFAULTS.compareAllUpTo) return
  const statements = findSingleStatementDocs(profiles)
  for (const single of profiles) {
    if (!statements.has(single.docIndex)) continue
    for (const other of profiles) {
      if (other.docIndex === single.docIndex) continue
      const a = Math.min(single.index, other.index)
      const b = Math.max(single.index, other.index)
      if (seen.has(a * profiles.length + b)) continue
      seen.add(a * profiles.length + b)
      pairs.push([a, b])
    }
  }
}
