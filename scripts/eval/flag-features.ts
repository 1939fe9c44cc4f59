import { figuresOfTwoSubjects } from '../../src/engine/classify/another-subject.ts'
import {
  type ClaimSide,
  sameFrame,
  sameSlot,
  segmentOf,
  stemsAround,
  tokensBefore,
} from '../../src/engine/classify/claim-side.ts'
import { escapeRegExp } from '../../src/engine/classify/names-in-texts.ts'
import { wordsApart } from '../../src/engine/classify/near-copy.ts'
import { HEDGES } from '../../src/engine/classify/number-slot.ts'
import { datePrecision } from '../../src/engine/facts/date-values.ts'
import type { DifferenceKind, Fact } from '../../src/engine/types.ts'

/**
 * The features a learned filter over the engine's discrepancy flags would read off one pair of
 * conflicting values (measured by flag-filter.ts; not shipped, see ADR 0030): what a reader checks
 * before trusting a flag (FLAGS-GUIDE). Every one is computed from the two sides and the flag alone,
 * with no label: whether the two sentences are copies but for the value, whether the values stand
 * in one frame, how crowded the sentences are with rivals of the same kind (a box score, a casualty
 * round-up), whether the other article gives the value too (elsewhere, so likely in another slot),
 * which names own the values, how many outlets disagree and how many values they give, and the
 * match model's probability for the two sentences.
 */
export const FLAG_FEATURES = [
  'kindNumber',
  'kindDate',
  'kindName',
  'kindQuote',
  'wordsApart',
  'sentenceOverlap',
  'sameSlot',
  'sameFrame',
  'contextShared',
  'positionGap',
  'valueElsewhere',
  'rivalsInSentence',
  'hedged',
  'numberRatio',
  'datePrecisionDiffers',
  'docsListed',
  'distinctShare',
  'headline',
  'twoSubjects',
  'crossBoth',
  'ownerDiffers',
  'otherDateDiffers',
  'namesInSentences',
  'linkProbability',
] as const

/** The name of one flag feature. */
export type FlagFeatureName = (typeof FLAG_FEATURES)[number]

/** One pair of conflicting values of a flag, on their two sides. */
export interface FlagPair {
  /** The kind of the flag. */
  kind: DifferenceKind
  /** The first side and its value. */
  a: ClaimSide
  x: Fact
  /** The second side and its value. */
  b: ClaimSide
  y: Fact
}

/** What the flag as a whole lists: one value per document. */
export interface FlagValues {
  /** Document id → the value it gives. */
  values: Readonly<Record<string, string>>
  /** The learned match probability 0..1 of the two sentences that give the pair's values. */
  link?: number
}

// How many content words around each value are compared for `contextShared`.
const CONTEXT_WORDS = 3
// A ratio of two numbers beyond 10^3 reads as the same as 10^3.
const MAX_LOG_RATIO = 3

/** The flag features of one pair, in `FLAG_FEATURES` order. */
export function flagFeatures(
  pair: FlagPair,
  flag: FlagValues,
  texts: ReadonlyMap<string, string>,
): Float64Array {
  const { kind, a, x, b, y } = pair
  const docs = Object.keys(flag.values).length
  const distinct = new Set(Object.values(flag.values).map((value) => value.toLowerCase())).size
  const values: Record<FlagFeatureName, number> = {
    kindNumber: kind === 'number' ? 1 : 0,
    kindDate: kind === 'date' ? 1 : 0,
    kindName: kind === 'name' || kind === 'attribution' ? 1 : 0,
    kindQuote: kind === 'quote' ? 1 : 0,
    wordsApart: Math.log1p(wordsApart(a, x, b, y)),
    sentenceOverlap: sentenceOverlap(a, x, b, y),
    sameSlot: sameSlot(a, x, b, y) ? 1 : 0,
    sameFrame: sameFrame(a, x, b, y) ? 1 : 0,
    contextShared: contextShared(a, x, b, y),
    positionGap: Math.abs(relativePosition(a, x) - relativePosition(b, y)),
    valueElsewhere: saysElsewhere(texts, a, y) || saysElsewhere(texts, b, x) ? 1 : 0,
    rivalsInSentence: Math.log1p(sameKindAround(a, x) + sameKindAround(b, y)),
    hedged: kind === 'number' && (isHedged(a, x) || isHedged(b, y)) ? 1 : 0,
    numberRatio: kind === 'number' ? logRatio(x, y) : 0,
    datePrecisionDiffers: kind === 'date' && datePrecision(x.key) !== datePrecision(y.key) ? 1 : 0,
    docsListed: Math.log(Math.max(2, docs)),
    distinctShare: docs === 0 ? 1 : distinct / docs,
    headline: isHeadline(a, x) || isHeadline(b, y) ? 1 : 0,
    twoSubjects: figuresOfTwoSubjects(a, x, b, y) ? 1 : 0,
    crossBoth: saysElsewhere(texts, a, y) && saysElsewhere(texts, b, x) ? 1 : 0,
    ownerDiffers: ownerDiffers(a, x, b, y),
    otherDateDiffers: otherDateDiffers(a, x, b, y) ? 1 : 0,
    namesInSentences: Math.log1p(namesAround(a, x) + namesAround(b, y)),
    linkProbability: flag.link ?? 0.5,
  }
  return Float64Array.from(FLAG_FEATURES, (name) => values[name])
}

/** Content stems of the segment a fact stands in, the fact's own words left out. */
function segmentStems(side: ClaimSide, fact: Fact): Set<string> {
  const segment = segmentOf(side, fact)
  const stems = new Set<string>()
  for (const token of side.tokens) {
    if (!token.content || (segment && (token.start < segment.start || token.end > segment.end))) continue
    if (token.start < fact.end && fact.start < token.end) continue
    stems.add(token.stem)
  }
  return stems
}

/** Jaccard share 0..1 of the two sentences' content stems, the values left out. */
function sentenceOverlap(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): number {
  const left = segmentStems(a, x)
  const right = segmentStems(b, y)
  const shared = [...left].filter((stem) => right.has(stem)).length
  const union = left.size + right.size - shared
  return union === 0 ? 0 : shared / union
}

/** Share 0..1 of the content words right around the two values that both sides have there. */
function contextShared(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): number {
  const left = new Set(stemsAround(a, x.start, x.end, CONTEXT_WORDS))
  const right = new Set(stemsAround(b, y.start, y.end, CONTEXT_WORDS))
  const shared = [...left].filter((stem) => right.has(stem)).length
  return shared / Math.max(1, left.size, right.size)
}

/** Where a fact starts in its segment, 0 (first character) .. 1 (last). */
function relativePosition(side: ClaimSide, fact: Fact): number {
  const segment = segmentOf(side, fact)
  if (segment === undefined || segment.end <= segment.start) return 0
  return (fact.start - segment.start) / (segment.end - segment.start)
}

/**
 * True when the other side's article gives this value too, outside the compared sentence: the
 * outlet that "disagrees" also says it, so the two values likely fill two slots.
 */
function saysElsewhere(texts: ReadonlyMap<string, string>, side: ClaimSide, value: Fact): boolean {
  const text = texts.get(side.doc)
  if (text === undefined || value.text.length === 0 || value.kind === 'quote') return false
  const own = side.segments.map((one) => [one.start, one.end] as const)
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(value.text)}(?![\\p{L}\\p{N}])`, 'giu')
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0
    if (!own.some(([start, end]) => start <= at && at < end)) return true
  }
  return false
}

/** How many other facts of the same kind stand in the fact's segment. */
function sameKindAround(side: ClaimSide, fact: Fact): number {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return 0
  return side.facts.filter(
    (other) =>
      other !== fact && other.kind === fact.kind && other.start >= segment.start && other.end <= segment.end,
  ).length
}

/** True when a hedge word stands right before the number (`about 40`, `at least 30`, `more than 100`). */
function isHedged(side: ClaimSide, fact: Fact): boolean {
  const words = tokensBefore(side, fact.start, 2).map((token) => token.norm)
  const last = words[words.length - 1] ?? ''
  const pair = words.join(' ')
  return HEDGES.has(last) || /^(?:at least|more than|less than|fewer than|up to|at most)$/.test(pair)
}

/** |log10| of the ratio of two numbers, capped; 0 when either is not a positive number. */
function logRatio(x: Fact, y: Fact): number {
  const left = Number(x.key)
  const right = Number(y.key)
  if (!(left > 0) || !(right > 0)) return 0
  return Math.min(MAX_LOG_RATIO, Math.abs(Math.log10(left / right)))
}

/** True when the fact stands in a headline. */
function isHeadline(side: ClaimSide, fact: Fact): boolean {
  return segmentOf(side, fact)?.role === 'headline'
}

/** Name tokens of the segment the fact stands in. */
function namesAround(side: ClaimSide, fact: Fact): number {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return 0
  return side.tokens.filter((token) => token.name && token.start >= segment.start && token.end <= segment.end)
    .length
}

/** The nearest name token before a fact in its segment, lower case; '' when none. */
function ownerOf(side: ClaimSide, fact: Fact): string {
  const segment = segmentOf(side, fact)
  let found = ''
  for (const token of side.tokens) {
    if (token.end > fact.start) break
    if (segment && token.start < segment.start) continue
    if (token.name) found = token.norm
  }
  return found
}

/** 1 when the nearest names before the two values differ, 0 when they are one, 0.5 when either has none. */
function ownerDiffers(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): number {
  if (x.kind === 'name' || x.kind === 'attribution') return 0.5
  const left = ownerOf(a, x)
  const right = ownerOf(b, y)
  if (left === '' || right === '') return 0.5
  return left === right ? 0 : 1
}

/** True when both sentences give another date and no date of one matches a date of the other. */
function otherDateDiffers(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const datesOf = (side: ClaimSide, fact: Fact) => {
    const segment = segmentOf(side, fact)
    return side.facts.filter(
      (other) =>
        other !== fact &&
        other.kind === 'date' &&
        (segment === undefined || (other.start >= segment.start && other.end <= segment.end)),
    )
  }
  const left = datesOf(a, x)
  const right = datesOf(b, y)
  return left.length > 0 && right.length > 0 && !left.some((one) => right.some((two) => one.key === two.key))
}
