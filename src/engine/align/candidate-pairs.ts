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
  const { maxPostingLength, candidatesPerSegment, minSharedWeight } = ALIGN_DEFAULTS
  // Postings as parallel arrays (segment, weight) per interned key: the inner loop touches no Map.
  const keyIds = new Map<string, number>()
  const postingSegments: number[][] = []
  const postingWeights: number[][] = []
  const ownWeights: number[][] = []
  const profileKeys = profiles.map((profile, index) => {
    const ids: number[] = []
    const weightsHere: number[] = []
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
      weightsHere.push(weight)
    }
    ownWeights.push(weightsHere)
    return ids
  })
  const docOf = Int32Array.from(profiles, (profile) => profile.docIndex)
  const perDocument: number[][] = Array.from(
    { length: docOf.reduce((most, doc) => Math.max(most, doc + 1), 0) },
    () => [],
  )
  const accumulator = new Float64Array(profiles.length)
  const touched: number[] = []
  // A pair is its key a × n + b; the keys sort numerically into (a, b) order.
  const seen = new Set<number>()
  for (let index = 0; index < profiles.length; index++) {
    const doc = docOf[index] ?? -1
    const ids = profileKeys[index] ?? []
    const own = ownWeights[index] ?? []
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0
      const segments = postingSegments[id] ?? []
      if (segments.length > maxPostingLength) continue
      const weights = postingWeights[id] ?? []
      const mine = own[k] ?? 0
      for (let at = 0; at < segments.length; at++) {
        const other = segments[at] ?? 0
        if (docOf[other] === doc) continue
        if (accumulator[other] === 0) touched.push(other)
        accumulator[other] = (accumulator[other] ?? 0) + Math.min(mine, weights[at] ?? 0)
      }
    }
    // Only partners at or above the floor can be kept, so they alone are sorted: each document's
    // best `candidatesPerSegment` of them, by shared weight, ties to the lower index.
    const floor = minSharedWeight * (profiles[index]?.totalWeight ?? 0)
    for (const other of touched) {
      if ((accumulator[other] ?? 0) >= floor) perDocument[docOf[other] ?? 0]?.push(other)
    }
    for (const list of perDocument) {
      if (list.length === 0) continue
      list.sort((x, y) => (accumulator[y] ?? 0) - (accumulator[x] ?? 0) || x - y)
      const kept = Math.min(list.length, candidatesPerSegment)
      for (let at = 0; at < kept; at++) {
        const other = list[at] ?? 0
        seen.add(Math.min(index, other) * profiles.length + Math.max(index, other))
      }
      list.length = 0
    }
    for (const other of touched) accumulator[other] = 0
    touched.length = 0
  }
  addSingleStatementPairs(profiles, seen)
  const n = profiles.length
  return Array.from(Float64Array.from(seen).sort(), (key) => [Math.floor(key / n), key % n] as CandidatePair)
}

/**
 * A document of one statement (a claim checked against an article, a sentence pair) is compared,
 * not searched: its segment becomes a candidate of every segment of the other documents, so a
 * paraphrase sharing no stem (`met` / `held talks`) can still be scored. Only in comparisons of at
 * most `compareAllUpTo` segments, which bounds the extra pairs.
 */
function addSingleStatementPairs(profiles: SegmentProfile[], seen: Set<number>): void {
  if (profiles.length > ALIGN_DEFAULTS.compareAllUpTo) return
  const statements = findSingleStatementDocs(profiles)
  for (const single of profiles) {
    if (!statements.has(single.docIndex)) continue
    for (const other of profiles) {
      if (other.docIndex === single.docIndex) continue
      seen.add(Math.min(single.index, other.index) * profiles.length + Math.max(single.index, other.index))
    }
  }
}
