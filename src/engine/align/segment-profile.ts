import { ALIGN_DEFAULTS } from '../defaults.ts'
import { backgroundFrequency, conceptsOf } from '../lexicon/lexicon.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Fact, Segment } from '../types.ts'

/** One distinct content word of a segment, weighted for alignment. */
export interface Term {
  /** Porter2 stem of the spelling-folded word. */
  stem: string
  /** The word as first written in the segment, for evidence shown to people. */
  text: string
  /** WordNet concept ids: two terms sharing one are synonyms or derivations. */
  concepts: readonly number[]
  /** First five letters of a long stem, so `Syria`/`Syrian` and `negotiat`/`negoti` meet. */
  prefix: string
  /** IDF-style weight: rare words and names weigh more. */
  weight: number
  /** True when some occurrence is a name (capitalised mid-sentence, or an acronym). */
  name: boolean
  /** Background rarity 0..1 from the word's everyday frequency (SemCor), 1 for words WordNet does not count. */
  rarity: number
  /** Rarity 0..1 among this comparison's segments (normalised IDF): the weight of a TF-IDF cosine. */
  idf: number
  /**
   * Share 0..1 of the comparison's other documents that use the word too: the story's core
   * vocabulary (the names and nouns every outlet repeats) spreads across documents, a detail one
   * outlet adds does not (0).
   */
  spread: number
}

/** What alignment knows about one comparable (headline or body) segment. */
export interface SegmentProfile {
  /** Position in the list of profiles. */
  index: number
  /** The segment itself. */
  segment: Segment
  /** Input position of the segment's document. */
  docIndex: number
  /** Position 0.. of the segment among its document's comparable segments. */
  rank: number
  /** How many comparable segments its document has. */
  docSize: number
  /** Distinct content terms (numbers excluded: a changed number must not break alignment). */
  terms: Term[]
  /** Term indices of the content words in text order, repeats kept: word order and neighbours. */
  sequence: number[]
  /** Stem → index of its term, for fast matching. */
  stems: Map<string, number>
  /** Concept id → indices of the terms that hold it. */
  concepts: Map<number, number[]>
  /** Prefix → indices of the terms that have it. */
  prefixes: Map<string, number[]>
  /** Numbers and names: the facts two reports of one claim usually repeat. */
  facts: Set<string>
  /** Numeric values written in the segment (`400000`, `2016`). */
  numbers: Set<string>
  /** Every key the segment's named people, places and organisations can be matched by. */
  names: Set<string>
  /** Canonical keys of those names, one per name mentioned. */
  nameKeys: Set<string>
  /** True when the segment holds a negation. */
  negated: boolean
  /**
   * True when the segment speaks of an earlier occasion than the story's: a year before the year
   * the comparison's dates mostly give, or `last year`, `years ago`. Such a sentence ("In 2004, a
   * quake triggered a tsunami") reports another event of the same kind, not this one.
   */
  earlierOccasion: boolean
  /** Sum of term weights. */
  totalWeight: number
  /** Sum of term rarities. */
  totalRarity: number
  /** Euclidean norm of the terms' IDF weights: the length of the segment's TF-IDF vector. */
  idfNorm: number
  /** Sum of term weights times their spread: how much of what the segment says is the story's core vocabulary. */
  totalCore: number
  /** Hashed character trigrams of the lower-cased letters and digits, sorted, distinct. */
  trigrams: Uint32Array
  /** Hashed bigrams of consecutive content stems, sorted, distinct: phrases said the same way. */
  bigrams: Uint32Array
  /** Each term's first position in `sequence`. */
  firstPositions: Int32Array
}

/** Stems of each segment's distinct content words, before weighting. */
interface Draft {
  /** The segment. */
  segment: Segment
  /** Input position of its document. */
  docIndex: number
  /** Stem → first spelling and whether any occurrence is a name. */
  words: Map<string, { text: string; name: boolean }>
  /** Content stems in text order. */
  order: string[]
  /** Names and `#`-prefixed numbers. */
  facts: Set<string>
}

/** What profiling reads of each segment beside its text. */
export interface ProfileInputs {
  /** The document's input position. */
  docIndexOf: (doc: string) => number
  /** The segment's tokens. */
  tokensOf: (segment: Segment) => Token[]
  /** The segment's facts (any offsets); none when unknown. */
  factsOf?: (segment: Segment) => readonly Fact[]
}

/**
 * Profiles the segments for alignment. Term weight = background rarity (WordNet/SemCor frequency,
 * a corpus-free IDF prior) blended with rarity within this comparison (classic IDF, Spärck Jones 1972),
 * boosted for names.
 */
export function profileSegments(segments: Segment[], inputs: ProfileInputs): SegmentProfile[] {
  const drafts: Draft[] = segments.map((segment) => draftProfile(segment, inputs))
  const documentFrequency = new Map<string, number>()
  const docSizes = new Map<number, number>()
  // Which documents use each stem, as the last document counted and a running count (drafts come
  // in document order, so a stem is counted once per document without a set per stem).
  const documentsUsing = new Map<string, [last: number, count: number]>()
  for (const draft of drafts) {
    for (const stem of draft.words.keys()) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
      const using = documentsUsing.get(stem)
      if (using === undefined) documentsUsing.set(stem, [draft.docIndex, 1])
      else if (using[0] !== draft.docIndex) {
        using[0] = draft.docIndex
        using[1]++
      }
    }
    docSizes.set(draft.docIndex, (docSizes.get(draft.docIndex) ?? 0) + 1)
  }
  const documents = docSizes.size
  const yearsOfSegment = drafts.map((draft) => yearsMentioned(inputs.factsOf?.(draft.segment) ?? []))
  const storyYear = mostFrequentYear(yearsOfSegment)
  const total = drafts.length
  const localShare = total >= 4 ? ALIGN_DEFAULTS.localIdfShare : 0
  const ranks = new Map<number, number>()
  return drafts.map((draft, index) => {
    const terms: Term[] = []
    const termIndex = new Map<string, number>()
    for (const [stem, word] of draft.words) {
      const background = 1 / (1 + ALIGN_DEFAULTS.backgroundScale * backgroundFrequency(stem))
      const local = Math.log((total + 1) / (documentFrequency.get(stem) ?? 1)) / Math.log(total + 1)
      const weight =
        background * (1 - localShare + localShare * local) * (word.name ? ALIGN_DEFAULTS.nameBoost : 1)
      termIndex.set(stem, terms.length)
      terms.push({
        stem,
        text: word.text,
        concepts: conceptsOf(stem),
        prefix: stem.length >= 6 ? stem.slice(0, 5) : '',
        weight,
        name: word.name,
        rarity: 1 / (1 + backgroundFrequency(stem) / RARITY_SCALE),
        idf: local,
        spread: documents > 1 ? ((documentsUsing.get(stem)?.[1] ?? 1) - 1) / (documents - 1) : 0,
      })
    }
    const concepts = new Map<number, number[]>()
    const prefixes = new Map<string, number[]>()
    terms.forEach((term, at) => {
      for (const concept of term.concepts) pushTo(concepts, concept, at)
      if (term.prefix) pushTo(prefixes, term.prefix, at)
    })
    const sequence = draft.order.map((stem) => termIndex.get(stem) ?? 0)
    const rank = ranks.get(draft.docIndex) ?? 0
    ranks.set(draft.docIndex, rank + 1)
    const facts = inputs.factsOf?.(draft.segment) ?? []
    return {
      index,
      segment: draft.segment,
      docIndex: draft.docIndex,
      rank,
      docSize: docSizes.get(draft.docIndex) ?? 1,
      terms,
      sequence,
      stems: termIndex,
      concepts,
      prefixes,
      facts: draft.facts,
      numbers: new Set([...draft.facts].filter((fact) => fact.startsWith('#')).map((fact) => fact.slice(1))),
      names: new Set(facts.filter(isNamedParty).flatMap((fact) => fact.aliases ?? [fact.key])),
      nameKeys: new Set(facts.filter(isNamedParty).map((fact) => fact.key)),
      negated: facts.some((fact) => fact.kind === 'negation'),
      earlierOccasion:
        EARLIER_OCCASION.test(draft.segment.text) ||
        (storyYear !== null && (yearsOfSegment[index] ?? []).some((year) => year < storyYear)),
      totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
      totalRarity: terms.reduce((sum, term) => sum + term.rarity, 0),
      idfNorm: Math.sqrt(terms.reduce((sum, term) => sum + term.idf * term.idf, 0)),
      totalCore: terms.reduce((sum, term) => sum + term.weight * term.spread, 0),
      trigrams: hashTrigrams(draft.segment.text),
      bigrams: hashBigrams(draft.order),
      firstPositions: firstPositionsOf(terms.length, sequence),
    }
  })
}

/** Words that place what a sentence says before the story's own time. */
const EARLIER_OCCASION = /\b(?:last|previous|past) (?:year|decade)\b|\b(?:years|decades) (?:ago|earlier)\b/i

/** The years a segment's date facts give (`2004`, `2013-07-02` → 2013). */
function yearsMentioned(facts: readonly Fact[]): number[] {
  const years: number[] = []
  for (const fact of facts) {
    if (fact.kind !== 'date') continue
    const year = /^(\d{4})(?:-|$)/.exec(fact.key)?.[1]
    if (year !== undefined) years.push(Number(year))
  }
  return years
}

/** The year the comparison's dates give most often (the later on a tie): the story's year; null when none. */
function mostFrequentYear(yearsOfSegment: readonly number[][]): number | null {
  const counts = new Map<number, number>()
  for (const years of yearsOfSegment)
    for (const year of new Set(years)) counts.set(year, (counts.get(year) ?? 0) + 1)
  let best: number | null = null
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0)
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year
  }
  return best
}

/** Frequency bucket (log2 of SemCor count) at which a word's rarity halves. */
const RARITY_SCALE = 3

/**
 * The distinct character trigrams of a text's lower-cased letters and digits (spaces folded to
 * one), hashed to 32 bits (FNV-1a) and sorted, so two segments' overlap is a linear merge.
 * Trigrams see what stems miss: spelling variants, lower-cased names, compounds.
 */
function hashTrigrams(text: string): Uint32Array {
  const folded = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  const count = Math.max(0, folded.length - 2)
  const hashes = new Uint32Array(count)
  for (let at = 0; at < count; at++) hashes[at] = hashString(folded, at, at + 3)
  return distinctSorted(hashes)
}

/** Sorts hashes in place and keeps each once (a typed-array sort beats a Set for this size). */
function distinctSorted(hashes: Uint32Array): Uint32Array {
  hashes.sort()
  let kept = 0
  for (let at = 0; at < hashes.length; at++) {
    if (at === 0 || hashes[at] !== hashes[at - 1]) hashes[kept++] = hashes[at] as number
  }
  return hashes.subarray(0, kept)
}

/** The distinct bigrams of a segment's content stems in text order, hashed and sorted. */
function hashBigrams(order: readonly string[]): Uint32Array {
  const hashes = new Set<number>()
  for (let at = 1; at < order.length; at++) {
    const bigram = `${order[at - 1]} ${order[at]}`
    hashes.add(hashString(bigram, 0, bigram.length))
  }
  return Uint32Array.from(hashes).sort()
}

/** FNV-1a over text[from, to): a 32-bit hash, so sets of grams compare by a linear merge. */
function hashString(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193) >>> 0
  return hash
}

/** Each term's first position in the sequence of content words. */
function firstPositionsOf(termCount: number, sequence: readonly number[]): Int32Array {
  const first = new Int32Array(termCount).fill(-1)
  sequence.forEach((term, at) => {
    if (first[term] === -1) first[term] = at
  })
  return first
}

/** Appends a value to the list a map holds under a key. */
function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** A name fact that names a party (not a nationality adjective such as `Russian`). */
function isNamedParty(fact: Fact): boolean {
  return fact.kind === 'name' && fact.demonym !== true
}

/** A segment's distinct content stems, their order, and its names and numbers. */
function draftProfile(segment: Segment, inputs: ProfileInputs): Draft {
  const words = new Map<string, { text: string; name: boolean }>()
  const order: string[] = []
  const facts = new Set<string>()
  for (const token of inputs.tokensOf(segment)) {
    if (!token.content) continue
    if (token.numeric) {
      facts.add(`#${token.stem}`)
      continue
    }
    if (token.name) facts.add(token.stem)
    const known = words.get(token.stem)
    if (known === undefined) words.set(token.stem, { text: token.text, name: token.name })
    else if (token.name) known.name = true
    order.push(token.stem)
  }
  return { segment, docIndex: inputs.docIndexOf(segment.doc), words, order, facts }
}
