import { ALIGN_DEFAULTS } from '../defaults.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** A pair of profile indices from different documents, `a < b`. */
export type CandidatePair = [number, number]

/**
 * Finds pairs worth scoring through an inverted index over content keys (stems, WordNet concepts,
 * name/number facts), accumulating each key's weight for every partner that shares it (the
 * term-at-a-time retrieval of search engines), and keeps each segment's best partners per other
 * document. Never scores every pair: keys held by too many segments are skipped, as in the
 * stop-list pruning of Moffat & Zobel 1996 (they are topical, not evidence of one claim), and weak
 * partners past the per-document cut could not pass the threshold anyway.
 */
export function findCandidatePairs(profiles: SegmentProfile[]): CandidatePair[] {
  const postings = new Map<string, number[]>()
  const keyWeight = new Map<string, number>()
  const post = (key: string, index: number, weight: number) => {
    const list = postings.get(key)
    if (list === undefined) postings.set(key, [index])
    else if (list[list.length - 1] !== index) list.push(index)
    keyWeight.set(key, Math.max(keyWeight.get(key) ?? 0, weight))
  }
  for (const profile of profiles) {
    for (const term of profile.terms) {
      post(term.stem, profile.index, term.weight)
      for (const concept of term.concepts) post(`c${concept}`, profile.index, term.weight * 0.5)
    }
    for (const fact of profile.facts) if (fact.startsWith('#')) post(fact, profile.index, 0.5)
  }
  const maxPosting = Math.max(16, Math.ceil(profiles.length * ALIGN_DEFAULTS.maxPostingShare))
  const seen = new Set<number>()
  const pairs: CandidatePair[] = []
  const accumulators = new Map<number, number>()
  for (const profile of profiles) {
    accumulators.clear()
    const keys = new Set<string>()
    for (const term of profile.terms) {
      keys.add(term.stem)
      for (const concept of term.concepts) keys.add(`c${concept}`)
    }
    for (const fact of profile.facts) if (fact.startsWith('#')) keys.add(fact)
    for (const key of keys) {
      const list = postings.get(key) ?? []
      if (list.length > maxPosting) continue
      const weight = keyWeight.get(key) ?? 0
      for (const other of list) {
        if (profiles[other]?.docIndex === profile.docIndex) continue
        accumulators.set(other, (accumulators.get(other) ?? 0) + weight)
      }
    }
    const perDocument = new Map<number, [number, number][]>()
    for (const [other, weight] of accumulators) {
      const doc = profiles[other]?.docIndex ?? -1
      const list = perDocument.get(doc) ?? []
      list.push([other, weight])
      perDocument.set(doc, list)
    }
    for (const list of perDocument.values()) {
      list.sort((x, y) => y[1] - x[1] || x[0] - y[0])
      for (const [other] of list.slice(0, ALIGN_DEFAULTS.candidatesPerSegment)) {
        const a = Math.min(profile.index, other)
        const b = Math.max(profile.index, other)
        const key = a * profiles.length + b
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([a, b])
      }
    }
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  return pairs
}
