import { ALIGN_DEFAULTS } from '../defaults.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** How two aligned words are related. */
export type WordLinkKind = 'same' | 'synonym' | 'prefix'

/** One aligned pair of content words, by term index on each side. */
export interface WordLink {
  /** Term index in the first segment. */
  a: number
  /** Term index in the second segment. */
  b: number
  /** Same stem, a WordNet synonym or derivation, or a shared 5-letter prefix. */
  kind: WordLinkKind
  /** Credit 0..1 the link gives to coverage. */
  credit: number
  /** Exact links among the neighbours of the two words (within `contextWindow` content words). */
  context: number
}

/** Neighbourhood, in content words either side, in which exact links count as context. */
const CONTEXT_WINDOW = 3

/**
 * Aligns the content words of two segments one to one, in the manner of Sultan, Bethard & Sumner
 * (2014, "Back to basics for monolingual alignment"): identical stems first, then WordNet synonyms
 * and derivations, then shared prefixes; among the looser candidates a pair whose neighbours are
 * themselves aligned wins (contextual evidence), then the heavier word. Greedy, so linear in the
 * candidates, which hashing keeps to a few per word.
 */
export function alignWords(a: SegmentProfile, b: SegmentProfile): WordLink[] {
  const links: WordLink[] = []
  const takenA = cleared('takenA', a.terms.length)
  const takenB = cleared('takenB', b.terms.length)
  const termsA = a.terms
  for (let i = 0; i < termsA.length; i++) {
    const at = b.stems.get((termsA[i] as SegmentProfile['terms'][number]).stem)
    if (at === undefined) continue
    links.push({ a: i, b: at, kind: 'same', credit: 1, context: 0 })
    takenA[i] = 1
    takenB[at] = 1
  }
  // Every word of one side aligned already: nothing is left to align loosely.
  if (links.length === termsA.length || links.length === b.terms.length) return links
  const loose: WordLink[] = []
  // seen[j] === i + 1: term j of `b` is already a loose partner of term i (no Set per call).
  const seen = cleared('seen', b.terms.length)
  for (let i = 0; i < termsA.length; i++) {
    const term = termsA[i] as SegmentProfile['terms'][number]
    if (takenA[i]) continue
    const mark = i + 1
    // A name (`State`, `Department`) has no WordNet sense here: it meets its own spelling or a
    // name sharing its prefix (`Syria`/`Syrian`), never an everyday word's synonym.
    if (!term.name) {
      for (const concept of term.concepts) {
        const partners = b.concepts.get(concept)
        if (partners === undefined) continue
        for (const j of partners) {
          if (takenB[j] || seen[j] === mark || b.terms[j]?.name) continue
          seen[j] = mark
          loose.push({ a: i, b: j, kind: 'synonym', credit: ALIGN_DEFAULTS.synonymCredit, context: 0 })
        }
      }
    }
    if (!term.prefix) continue
    const partners = b.prefixes.get(term.prefix)
    if (partners === undefined) continue
    for (const j of partners) {
      if (takenB[j] || seen[j] === mark || b.terms[j]?.name !== term.name) continue
      loose.push({ a: i, b: j, kind: 'prefix', credit: ALIGN_DEFAULTS.prefixCredit, context: 0 })
    }
  }
  if (loose.length > 0) {
    const neighboursA = neighboursOf(a)
    const neighboursB = neighboursOf(b)
    // `links` holds only the exact links so far.
    const exactCount = links.length
    for (const link of loose) {
      const nearA = neighboursA[link.a]
      const nearB = neighboursB[link.b]
      if (nearA === undefined || nearB === undefined) continue
      for (let k = 0; k < exactCount; k++) {
        const exact = links[k] as WordLink
        if (nearA.has(exact.a) && nearB.has(exact.b)) link.context++
      }
    }
    loose.sort(
      (x, y) =>
        y.credit - x.credit ||
        y.context - x.context ||
        (a.terms[y.a]?.weight ?? 0) +
          (b.terms[y.b]?.weight ?? 0) -
          (a.terms[x.a]?.weight ?? 0) -
          (b.terms[x.b]?.weight ?? 0) ||
        x.a - y.a ||
        x.b - y.b,
    )
    for (const link of loose) {
      if (takenA[link.a] || takenB[link.b]) continue
      takenA[link.a] = 1
      takenB[link.b] = 1
      links.push(link)
    }
  }
  return links
}

/**
 * Marks alignment writes, reused from pair to pair: it runs for every scored pair, and allocating
 * three typed arrays per pair showed in profiles. Grown as needed, never shrunk.
 */
const scratch = { takenA: new Int32Array(64), takenB: new Int32Array(64), seen: new Int32Array(64) }

/** The named scratch array, its first `length` entries set to 0. */
function cleared(name: keyof typeof scratch, length: number): Int32Array {
  if (scratch[name].length < length)
    scratch[name] = new Int32Array(Math.max(length, 2 * scratch[name].length))
  const marks = scratch[name]
  marks.fill(0, 0, length)
  return marks
}

/** Neighbour sets per profile, built the first time a loose link needs them. */
const neighbourCache = new WeakMap<SegmentProfile, Set<number>[]>()

/** For each term, the terms written within `CONTEXT_WINDOW` content words of any of its occurrences. */
function neighboursOf(profile: SegmentProfile): Set<number>[] {
  let sets = neighbourCache.get(profile)
  if (sets === undefined) {
    sets = neighbourSets(profile)
    neighbourCache.set(profile, sets)
  }
  return sets
}

function neighbourSets(profile: SegmentProfile): Set<number>[] {
  const sets = profile.terms.map(() => new Set<number>())
  const { sequence } = profile
  for (let at = 0; at < sequence.length; at++) {
    const own = sets[sequence[at] ?? 0]
    const from = Math.max(0, at - CONTEXT_WINDOW)
    const to = Math.min(sequence.length - 1, at + CONTEXT_WINDOW)
    for (let near = from; near <= to; near++) if (near !== at) own?.add(sequence[near] ?? 0)
  }
  return sets
}
