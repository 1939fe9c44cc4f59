import { alignWords, type WordLink } from './align-words.ts'
import type { SegmentProfile } from './segment-profile.ts'

/**
 * The named features of a segment pair that the match model weighs, in a fixed order (the
 * generated weights are keyed by these names). Each is on a small scale (0..1, or a log count).
 */
export const PAIR_FEATURES = [
  /** The smaller of the two sides' IDF-weighted aligned coverage: both say the same words. */
  'coverMin',
  /** The larger coverage: one sentence is contained in the other. */
  'coverMax',
  /** Coverage through identical stems only, harmonic mean of both sides. */
  'exactCover',
  /** Share 0..1 of the aligned weight that came through synonyms or prefixes, not identical stems. */
  'looseShare',
  /** log(1 + weight the first side leaves unaligned), the smaller of both sides. */
  'unalignedMin',
  /** log(1 + weight left unaligned), the larger of both sides: extra matter on one side. */
  'unalignedMax',
  /** log(1 + aligned weight): how much evidence, not only which share. */
  'alignedWeight',
  /** log(1 + names both sides give). */
  'namesShared',
  /** log(1 + names only one side gives), the larger side. */
  'namesOnly',
  /** log(1 + numbers both sides write). */
  'numbersShared',
  /** 1 when both write numbers and share none. */
  'numbersApart',
  /** Shorter over longer content length, 0..1. */
  'lengthRatio',
  /** Share 0..1 of aligned words that keep their order (longest increasing run over all links). */
  'orderKept',
  /** Dice coefficient 0..1 of content-stem bigrams: phrases said the same way. */
  'bigramDice',
  /** 1 when exactly one side holds a negation. */
  'negationApart',
  /** 1 when both are headlines. */
  'headlineBoth',
  /** 1 when exactly one is a headline. */
  'headlineOne',
  /** 1 when both are among their document's first three statements (the lede). */
  'leadBoth',
  /** Difference 0..1 of the two segments' relative positions in their documents. */
  'positionGap',
  /** 1 when a document of one statement is compared (a sentence pair, a claim against an article). */
  'singleStatement',
  /** The smaller side's aligned share of its background rarity (rare everyday words count most). */
  'rareCoverMin',
  /** The larger side's aligned share of its background rarity. */
  'rareCoverMax',
  /** Dice coefficient 0..1 of the two texts' character trigrams. */
  'trigramDice',
  /** log(1 + content words) of the shorter side. */
  'wordsMin',
  /** log(1 + content words) of the longer side. */
  'wordsMax',
  /** Cosine 0..1 of the two TF-IDF vectors, IDF over the comparison's segments, synonyms at their credit. */
  'tfidfCosine',
  /** The smaller side's aligned share of its core weight (words weighted by how many documents use them). */
  'coreCoverMin',
  /** The larger side's aligned share of its core weight. */
  'coreCoverMax',
  /** 1 when exactly one side speaks of an earlier occasion than the story's (`In 2004, …`, `last year`). */
  'occasionApart',
] as const

/** One feature's name. */
export type PairFeatureName = (typeof PAIR_FEATURES)[number]

/** Feature name → its position in `PAIR_FEATURES`, read once (this runs for every scored pair). */
const AT = Object.fromEntries(PAIR_FEATURES.map((name, at) => [name, at])) as Record<PairFeatureName, number>

/** A pair's feature values in `PAIR_FEATURES` order, and the word links behind them. */
export interface PairEvidence {
  /** Feature values, in `PAIR_FEATURES` order. */
  values: Float64Array
  /** The aligned content words. */
  links: WordLink[]
  /** Name keys both sides give. */
  sharedNames: string[]
  /** Numbers both sides write. */
  sharedNumbers: string[]
}

/** Computes the features of a pair of segments from different documents. */
export function pairFeatures(a: SegmentProfile, b: SegmentProfile): PairEvidence {
  const values = new Float64Array(PAIR_FEATURES.length)
  const { links, sharedNames, sharedNumbers } = writePairFeatures(a, b, values, true)
  return { values, links, sharedNames, sharedNumbers }
}

/** The vector `scoringFeatures` writes into, overwritten by each call. */
const scoring = new Float64Array(PAIR_FEATURES.length)

/**
 * The features of a pair, as `pairFeatures` computes them, in one vector that the next call
 * overwrites: for scoring, which reads them at once. Scoring a comparison meets tens of thousands
 * of pairs, and allocating a typed array for each showed in profiles (and in GC).
 */
export function scoringFeatures(a: SegmentProfile, b: SegmentProfile): Float64Array {
  scoring.fill(0)
  writePairFeatures(a, b, scoring, false)
  return scoring
}

/** Writes the features of a pair into `values`; returns the word links behind them, and with `evidence` the shared names and numbers. */
function writePairFeatures(
  a: SegmentProfile,
  b: SegmentProfile,
  values: Float64Array,
  evidence: boolean,
): Omit<PairEvidence, 'values'> {
  const links = alignWords(a, b)
  let alignedA = 0
  let alignedB = 0
  let exactA = 0
  let exactB = 0
  let loose = 0
  let rareA = 0
  let rareB = 0
  let idfDot = 0
  let coreA = 0
  let coreB = 0
  for (const link of links) {
    const termA = a.terms[link.a]
    const termB = b.terms[link.b]
    idfDot += (termA?.idf ?? 0) * (termB?.idf ?? 0) * link.credit
    coreA += (termA?.weight ?? 0) * (termA?.spread ?? 0) * link.credit
    coreB += (termB?.weight ?? 0) * (termB?.spread ?? 0) * link.credit
    rareA += (a.terms[link.a]?.rarity ?? 0) * link.credit
    rareB += (b.terms[link.b]?.rarity ?? 0) * link.credit
    const weightA = (a.terms[link.a]?.weight ?? 0) * link.credit
    const weightB = (b.terms[link.b]?.weight ?? 0) * link.credit
    alignedA += weightA
    alignedB += weightB
    if (link.kind === 'same') {
      exactA += weightA
      exactB += weightB
    } else loose += weightA + weightB
  }
  const coverA = a.totalWeight === 0 ? 0 : alignedA / a.totalWeight
  const coverB = b.totalWeight === 0 ? 0 : alignedB / b.totalWeight
  const exactCoverA = a.totalWeight === 0 ? 0 : exactA / a.totalWeight
  const exactCoverB = b.totalWeight === 0 ? 0 : exactB / b.totalWeight
  // Each side's names the other gives (under any alias); the shorter list counts, so the pair's
  // features do not depend on which side comes first (`John Kerry` holds two keys, `Kerry` one).
  // Scoring wants only how many: the lists are built for evidence alone.
  const namesOfA = sharedKeys(a.nameKeys, b.names, evidence)
  const namesOfB = sharedKeys(b.nameKeys, a.names, evidence)
  const sharedNames = namesOfB.count < namesOfA.count ? namesOfB : namesOfA
  const onlyA = a.nameKeys.size - namesOfA.count
  const onlyB = b.nameKeys.size - namesOfB.count
  const sharedNumbers = sharedKeys(a.numbers, b.numbers, evidence)
  const lengthA = a.terms.length
  const lengthB = b.terms.length
  values[AT.coverMin] = Math.min(coverA, coverB)
  values[AT.coverMax] = Math.max(coverA, coverB)
  values[AT.exactCover] = harmonic(exactCoverA, exactCoverB)
  values[AT.looseShare] = alignedA + alignedB === 0 ? 0 : loose / (alignedA + alignedB)
  const unalignedA = Math.log1p(Math.max(0, a.totalWeight - alignedA))
  const unalignedB = Math.log1p(Math.max(0, b.totalWeight - alignedB))
  values[AT.unalignedMin] = Math.min(unalignedA, unalignedB)
  values[AT.unalignedMax] = Math.max(unalignedA, unalignedB)
  values[AT.alignedWeight] = Math.log1p((alignedA + alignedB) / 2)
  values[AT.namesShared] = Math.log1p(sharedNames.count)
  values[AT.namesOnly] = Math.log1p(Math.max(onlyA, onlyB))
  values[AT.numbersShared] = Math.log1p(sharedNumbers.count)
  values[AT.numbersApart] = a.numbers.size > 0 && b.numbers.size > 0 && sharedNumbers.count === 0 ? 1 : 0
  values[AT.lengthRatio] =
    Math.max(lengthA, lengthB) === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB)
  values[AT.orderKept] = orderKept(a, b, links)
  values[AT.bigramDice] = sortedDice(a.bigrams, b.bigrams)
  values[AT.negationApart] = a.negated !== b.negated ? 1 : 0
  writePlaceFeatures(a, b, values)
  const rareCoverA = a.totalRarity === 0 ? 0 : rareA / a.totalRarity
  const rareCoverB = b.totalRarity === 0 ? 0 : rareB / b.totalRarity
  values[AT.rareCoverMin] = Math.min(rareCoverA, rareCoverB)
  values[AT.rareCoverMax] = Math.max(rareCoverA, rareCoverB)
  values[AT.trigramDice] = sortedDice(a.trigrams, b.trigrams)
  values[AT.wordsMin] = Math.log1p(Math.min(lengthA, lengthB))
  values[AT.wordsMax] = Math.log1p(Math.max(lengthA, lengthB))
  values[AT.tfidfCosine] = a.idfNorm * b.idfNorm === 0 ? 0 : idfDot / (a.idfNorm * b.idfNorm)
  const coreCoverA = a.totalCore === 0 ? 0 : coreA / a.totalCore
  const coreCoverB = b.totalCore === 0 ? 0 : coreB / b.totalCore
  values[AT.coreCoverMin] = Math.min(coreCoverA, coreCoverB)
  values[AT.coreCoverMax] = Math.max(coreCoverA, coreCoverB)
  values[AT.occasionApart] = a.earlierOccasion !== b.earlierOccasion ? 1 : 0
  return { links, sharedNames: sharedNames.keys, sharedNumbers: sharedNumbers.keys }
}

/**
 * Writes the features that depend only on where the two segments sit (role, rank, document size),
 * not on their words: near-duplicates reuse a twin pair's word features and write only these.
 */
export function writePlaceFeatures(
  a: Pick<SegmentProfile, 'segment' | 'rank' | 'docSize'>,
  b: Pick<SegmentProfile, 'segment' | 'rank' | 'docSize'>,
  values: Float64Array,
): void {
  const headlines = Number(a.segment.role === 'headline') + Number(b.segment.role === 'headline')
  values[AT.headlineBoth] = headlines === 2 ? 1 : 0
  values[AT.headlineOne] = headlines === 1 ? 1 : 0
  values[AT.leadBoth] = a.rank < 3 && b.rank < 3 ? 1 : 0
  values[AT.positionGap] = Math.abs(relativePosition(a) - relativePosition(b))
  values[AT.singleStatement] = a.docSize === 1 || b.docSize === 1 ? 1 : 0
}

/** No keys: what `sharedKeys` lists when only the count is wanted. */
const UNLISTED: string[] = []

/** How many of `keys` the other side holds, and which (listed only when `list` is true). */
function sharedKeys(
  keys: ReadonlySet<string>,
  other: ReadonlySet<string>,
  list: boolean,
): { count: number; keys: string[] } {
  const shared = list ? [] : UNLISTED
  let count = 0
  if (other.size === 0) return { count, keys: shared }
  for (const key of keys) {
    if (!other.has(key)) continue
    count++
    if (list) shared.push(key)
  }
  return { count, keys: shared }
}

/** The harmonic mean of two shares, 0 when either is 0. */
function harmonic(x: number, y: number): number {
  return x + y === 0 ? 0 : (2 * x * y) / (x + y)
}

/** Where a segment sits in its document, 0 (top) .. 1 (end). */
function relativePosition(profile: Pick<SegmentProfile, 'rank' | 'docSize'>): number {
  return profile.docSize <= 1 ? 0 : profile.rank / (profile.docSize - 1)
}

/** Positions fit in this many bits, so one number can carry a link's two positions. */
const POSITION_BITS = 2 ** 21

/** Arrays `orderKept` reuses from pair to pair, grown as needed. */
let orderScratch = new Float64Array(64)
let tailScratch = new Int32Array(64)
/** Up to this many links, `orderKept` sorts by insertion (quadratic at worst, linear on sorted input). */
const INSERTION_SORT_LINKS = 64

/** Share of links in the longest run whose order agrees on both sides (longest increasing subsequence). */
function orderKept(a: SegmentProfile, b: SegmentProfile, links: readonly WordLink[]): number {
  if (links.length < 2) return links.length
  const firstA = a.firstPositions
  const firstB = b.firstPositions
  // Links in first-side order: each packs its first-side position above its second-side one
  // (distinct terms have distinct first positions, so the order is one), sorted in an array reused
  // from pair to pair: this runs for every scored pair. A sentence's few links, mostly in order
  // already, are sorted by insertion; a long line's by the typed array's own sort.
  if (orderScratch.length < links.length) orderScratch = new Float64Array(2 * links.length)
  if (tailScratch.length < links.length) tailScratch = new Int32Array(2 * links.length)
  const ordered = orderScratch
  const byInsertion = links.length <= INSERTION_SORT_LINKS
  for (let at = 0; at < links.length; at++) {
    const link = links[at] as WordLink
    const packed = (firstA[link.a] ?? 0) * POSITION_BITS + (firstB[link.b] ?? 0)
    let to = at
    while (byInsertion && to > 0 && (ordered[to - 1] ?? 0) > packed) {
      ordered[to] = ordered[to - 1] ?? 0
      to--
    }
    ordered[to] = packed
  }
  if (!byInsertion) ordered.subarray(0, links.length).sort()
  // Patience sorting: tails[k] is the smallest end of an increasing run of length k + 1.
  const tails = tailScratch
  let length = 0
  for (let at = 0; at < links.length; at++) {
    const value = (ordered[at] ?? 0) % POSITION_BITS
    let low = 0
    let high = length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((tails[middle] ?? 0) < value) low = middle + 1
      else high = middle
    }
    tails[low] = value
    if (low === length) length++
  }
  return length / links.length
}

/** The harmonic mean of both sides' aligned coverage, 0..1: how much of what each says the other says too. */
export function wordOverlap(values: Float64Array): number {
  return harmonic(values[AT.coverMin] ?? 0, values[AT.coverMax] ?? 0)
}

/** Dice coefficient of two sorted sets of hashes, by a linear merge. */
function sortedDice(a: Uint32Array, b: Uint32Array): number {
  if (a.length + b.length === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}
