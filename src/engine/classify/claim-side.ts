import { ALIGN_DEFAULTS } from '../defaults.ts'
import { datePrecision } from '../facts/date-values.ts'
import { sameFactValue, sameName, sameUnit } from '../facts/same-fact-value.ts'
import { conceptsOf } from '../lexicon/lexicon.ts'
import { memoByText } from '../normalize/memo-by-text.ts'
import { stemOfWord, type Token } from '../normalize/tokenize.ts'
import type { Fact, Segment } from '../types.ts'

/** One document's side of a claim: its segments, with facts and tokens at document offsets. */
export interface ClaimSide {
  /** The document id. */
  doc: string
  /** Display name of the document in explanations (its source, else its title, else its id). */
  label: string
  /** The side's segments in text order. */
  segments: Segment[]
  /** Facts of those segments, offsets into the document text. */
  facts: Fact[]
  /** Tokens of those segments, offsets into the document text. */
  tokens: Token[]
}

/** True when some fact of the other side holds an equivalent value (`five`/`5`, `U.N.`/`UN`). */
export function isMatched(fact: Fact, other: ClaimSide): boolean {
  if (fact.kind === 'date') {
    // Like with like first: `Tuesday` must not vouch for `December 11` when the other side also
    // gives a calendar date; a date of another class counts only when no date of its class is there.
    // Likewise a year must not vouch for `April 11` when the other side gives a day (`April 13`).
    const dates = other.facts.filter((candidate) => candidate.kind === 'date')
    const sameClass = dates.filter((candidate) => dateClass(candidate) === dateClass(fact))
    const pool = sameClass.length > 0 ? sameClass : dates
    const precision = datePrecision(fact.key)
    const samePrecision = pool.filter((candidate) => datePrecision(candidate.key) === precision)
    return (samePrecision.length > 0 ? samePrecision : pool).some((candidate) =>
      sameFactValue(fact, candidate),
    )
  }
  // A number is repeated only as a count of the same thing: `9-14` does not vouch for `nine losses`.
  if (fact.kind === 'number')
    return other.facts.some((candidate) => sameFactValue(fact, candidate) && sameUnit(fact, candidate))
  return other.facts.some((candidate) => sameFactValue(fact, candidate))
}

/** A date key's class: a clock time, a weekday, a date relative to publication, or a calendar date or range. */
function dateClass(fact: Fact): string {
  // A time says nothing about a day, so `10th Nov` must not vouch for `9:25` (`8:25` on the other side).
  if (fact.key.startsWith('T')) return 'time'
  if (fact.key.startsWith('weekday:')) return 'weekday'
  if (fact.key.startsWith('relative:')) return 'relative'
  return 'calendar'
}

/** Facts of one kind on this side that the other side does not repeat in any equivalent form. */
export function unmatchedFacts(side: ClaimSide, other: ClaimSide, kind: Fact['kind']): Fact[] {
  return side.facts.filter((fact) => fact.kind === kind && !repeatedFor(fact, other))
}

/**
 * Whether the other side repeats a fact, for conflicts: a place or party counts as repeated only when
 * the other side names it, not when it gives the nationality (`Syrian opposition` does not vouch for
 * `change in Syria` edited to `in Vienna`). For details, the nationality still covers the words.
 */
function repeatedFor(fact: Fact, other: ClaimSide): boolean {
  if (fact.kind !== 'name' || fact.demonym) return isMatched(fact, other)
  return other.facts.some((candidate) => !candidate.demonym && sameFactValue(fact, candidate))
}

/**
 * A function of a side and a key, computed once per side and key: every pair of sides a claim
 * compares asks again, and a side is complete before it is classified.
 */
export function memoBySide<K, V>(compute: (side: ClaimSide, key: K) => V): (side: ClaimSide, key: K) => V {
  const bySide = new WeakMap<ClaimSide, Map<K, V>>()
  return (side, key) => {
    let known = bySide.get(side)
    if (known === undefined) {
      known = new Map()
      bySide.set(side, known)
    }
    let value = known.get(key)
    if (value === undefined) {
      value = compute(side, key)
      known.set(key, value)
    }
    return value
  }
}

/** The segment of a side that holds a span (a fact, a token) whole; undefined when none does. */
export function segmentOf(side: ClaimSide, span: { start: number; end: number }): Segment | undefined {
  return side.segments.find((candidate) => candidate.start <= span.start && span.end <= candidate.end)
}

/**
 * The last `count` tokens of a side that end at or before `offset`, in the side's order: what
 * `side.tokens.filter((token) => token.end <= offset).slice(-count)` gives, without copying every
 * earlier token (it runs for every pair of values a claim compares).
 */
export function tokensBefore(side: ClaimSide, offset: number, count: number): Token[] {
  const kept: Token[] = []
  for (const token of side.tokens) {
    if (token.end > offset) continue
    kept.push(token)
    if (kept.length > count) kept.shift()
  }
  return kept
}

/** Lower-case words of a text, for quote and name comparison; remembered, as every pair of sides reads them. */
export const wordsOf = memoByText(
  (text): readonly string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
)

/** Stem of the nearest content token before (`-1`) or after (`1`) a span, skipping tokens inside it. */
export function neighbourStem(side: ClaimSide, start: number, end: number, direction: -1 | 1): string {
  let found = ''
  for (const token of side.tokens) {
    if (!token.content || token.numeric) continue
    if (direction === -1 && token.end <= start) found = token.stem
    if (direction === 1 && token.start >= end) return token.stem
  }
  return found
}

/** Stems of the `count` nearest content tokens before a span, nearest first, skipping numbers. */
export function stemsBefore(side: ClaimSide, start: number, count: number): string[] {
  const stems: string[] = []
  for (const token of side.tokens) {
    if (token.end > start) break
    if (token.content && !token.numeric) stems.push(token.stem)
  }
  return stems.slice(-count).reverse()
}

/** Stems of the `count` nearest content tokens on each side of a span, skipping numbers. */
export function stemsAround(side: ClaimSide, start: number, end: number, count: number): string[] {
  const after: string[] = []
  for (const token of side.tokens) {
    if (after.length === count) break
    if (token.start >= end && token.content && !token.numeric) after.push(token.stem)
  }
  return [...stemsBefore(side, start, count), ...after]
}

/** The content words just before and just after a span on its side: the slot it fills. */
export function slotOf(
  side: ClaimSide,
  span: { start: number; end: number },
): [before: string, after: string] {
  return [neighbourStem(side, span.start, span.end, -1), neighbourStem(side, span.start, span.end, 1)]
}

/**
 * True when two spans sit in one slot: the same content word just before them, or just after
 * (`killed 5`/`killed 6`, `rose 31 cents`/`fell 38 cents`).
 */
export function sameSlot(
  a: ClaimSide,
  x: { start: number; end: number },
  b: ClaimSide,
  y: { start: number; end: number },
): boolean {
  const [before, after] = slotOf(a, x)
  const [otherBefore, otherAfter] = slotOf(b, y)
  return (before !== '' && before === otherBefore) || (after !== '' && after === otherAfter)
}

/**
 * True when two spans stand in one frame: the same content word right before both and the same
 * right after both, at least one of them present (`spokesman John Kirby said`/`spokesman Mark Toner said`).
 */
export function sameFrame(
  a: ClaimSide,
  x: { start: number; end: number },
  b: ClaimSide,
  y: { start: number; end: number },
): boolean {
  const [before, after] = slotOf(a, x)
  const [otherBefore, otherAfter] = slotOf(b, y)
  return (before !== '' || after !== '') && before === otherBefore && after === otherAfter
}

/** The keys by which a word may find its counterpart on a side: stems, WordNet concepts, long prefixes. */
export interface SideKeys {
  /** Stems of the side's content words, and of the compounds it writes as two (`horse meat` → `horsemeat`). */
  stems: Set<string>
  /** For a word written as half of a compound, the compound's stem: `finals` of `quarter-finals`. */
  compounds: Map<Token, string[]>
  /** WordNet concept ids of those stems. */
  concepts: Set<number>
  /** First five letters of stems of six letters or more. */
  prefixes: Set<string>
}

const keysBySide = new WeakMap<ClaimSide, SideKeys>()

/** The side's word keys, computed once per side (pairs of sides share them). */
export function sideKeys(side: ClaimSide): SideKeys {
  let keys = keysBySide.get(side)
  if (keys === undefined) {
    keys = { stems: new Set(), concepts: new Set(), prefixes: new Set(), compounds: new Map() }
    let previous: Token | undefined
    for (const token of side.tokens) {
      if (!token.content) {
        previous = undefined
        continue
      }
      keys.stems.add(token.stem)
      for (const concept of conceptsOf(token.stem)) keys.concepts.add(concept)
      if (token.stem.length >= 6) keys.prefixes.add(token.stem.slice(0, 5))
      if (previous !== undefined && halvesOfCompound(previous, token)) {
        const compound = stemOfWord(previous.norm + token.norm)
        keys.stems.add(compound)
        for (const half of [previous, token])
          keys.compounds.set(half, [...(keys.compounds.get(half) ?? []), compound])
      }
      previous = token
    }
    keysBySide.set(side, keys)
  }
  return keys
}

/**
 * True when two neighbouring words may be the halves of one compound that another writer spells as
 * one word (`quarter-finals`/`quarterfinals`, `horse meat`/`horsemeat`, `cease-fire`/`ceasefire`):
 * both words of letters, one character apart (a hyphen or a space).
 */
function halvesOfCompound(first: Token, second: Token): boolean {
  return (
    second.start - first.end === 1 &&
    !first.numeric &&
    !second.numeric &&
    LETTERS.test(first.norm) &&
    LETTERS.test(second.norm)
  )
}

const LETTERS = /^\p{L}+$/u

/**
 * True when a side with these keys says this token too: same stem, a synonym, or a shared long
 * prefix; or, with the token's own side's keys, the compound it is half of (`finals` of
 * `quarter-finals` against `quarterfinals`).
 */
export function isCovered(token: Token, keys: SideKeys, own?: SideKeys): boolean {
  if (keys.stems.has(token.stem)) return true
  if (own?.compounds.get(token)?.some((compound) => keys.stems.has(compound))) return true
  if (!token.numeric && conceptsOf(token.stem).some((concept) => keys.concepts.has(concept))) return true
  return (
    ALIGN_DEFAULTS.prefixCredit > 0 && token.stem.length >= 6 && keys.prefixes.has(token.stem.slice(0, 5))
  )
}

/** True when two tokens say the same word by those keys: one stem, a shared concept, or a long prefix. */
export function sameWord(x: Token, y: Token): boolean {
  if (x.stem === y.stem) return true
  if (x.numeric || y.numeric) return false
  if (ALIGN_DEFAULTS.prefixCredit > 0 && x.stem.length >= 6 && y.stem.length >= 6) {
    if (x.stem.slice(0, 5) === y.stem.slice(0, 5)) return true
  }
  const concepts = conceptsOf(y.stem)
  return conceptsOf(x.stem).some((concept) => concepts.includes(concept))
}

/** True when the side's own words name this party (a name fact; a resolved `he said` does not count). */
export function namesParty(side: ClaimSide, party: Pick<Fact, 'key' | 'aliases'>): boolean {
  return partyMentions(side, party) > 0
}

/** How many times the side's own words name this party. */
export function partyMentions(side: ClaimSide, party: Pick<Fact, 'key' | 'aliases'>): number {
  return side.facts.filter((fact) => fact.kind === 'name' && !fact.demonym && sameName(fact, party)).length
}
