import { GIVEN_NAME_FORMS } from '../facts/name-tables.ts'
import { placesNest } from '../facts/place-containment.ts'
import { isCommonWord } from '../lexicon/lexicon.ts'
import { stemOfWord } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf, wordsOf } from './claim-side.ts'

/**
 * Whether two differing names can be rivals in one slot at all. They are not when they name one
 * thing (`INS Sukanya`/`Warship Sukanya`, `Aoraki Mount Cook`/`Mt Cook`: the same distinctive last
 * word), when one contains the other (`Gulf of Aden`/`Somalia`, `Vancouver`/`Canada`), when one is
 * no name at all (a bare `Avenue`, a title or degree such as `MD`, a weekday written short, a
 * modifier such as `Delhi-class`), when
 * the other side says the name's words elsewhere (`Medical Assn`/`State of Alabama Medical
 * Association`), or when they fill different roles: the source of an `according to` against a
 * participant, the outlet a speaker `told` against the speaker.
 */
export function mayBeRivalNames(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const wordsX = wordsOf(x.text)
  const wordsY = wordsOf(y.text)
  if (isNoName(wordsX) || isNoName(wordsY)) return false
  if (isCompoundModifier(x.text) || isCompoundModifier(y.text)) return false
  if (placesNest(x.text, y.text)) return false
  if (!x.person && !y.person && sameDistinctiveHead(wordsX, wordsY)) return false
  if (namedWithin(wordsX, b, a) || namedWithin(wordsY, a, b)) return false
  if (saidInLowerCase(b, wordsX) || saidInLowerCase(a, wordsY)) return false
  if (insideAttribution(a, x) !== insideAttribution(b, y)) return false
  return isAddressee(a, x) === isAddressee(b, y)
}

// Words that say what kind of place or body a name is, not which one: a shared one proves nothing.
const GENERIC_HEADS = new Set(
  (
    'avenue ave street st road rd boulevard blvd lane drive highway route hospital center centre ' +
    'university college school church county city state river lake mountain mount mt island park ' +
    'bridge station airport court house hotel company department association assn award party ' +
    'council committee office agency ministry club team group bank sea ocean gulf bay valley'
  ).split(' '),
)

// Titles, degrees and calendar abbreviations: capitalised, but no name of a person, place or body.
const NO_NAME_WORDS = new Set(
  (
    'md m d phd mba jr sr esq rn dds nominee dr mr mrs ms prof gen col lt sgt capt ' +
    'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
)

/**
 * True when the name is joined by a hyphen to a lower-case word (`a Delhi-class destroyer`, `the
 * US-led coalition`, `a Chicago-based firm`): a modifier that tells the kind, base or leader of
 * the noun after it, which two outlets may describe by different features (`the Indian Naval
 * destroyer`), not a party of the story.
 */
function isCompoundModifier(text: string): boolean {
  return /\p{L}-\p{Ll}+$/u.test(text)
}

/** True when every word is a generic head, a title, a degree or a calendar abbreviation. */
function isNoName(words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => GENERIC_HEADS.has(word) || NO_NAME_WORDS.has(word))
}

/**
 * True when both names end in one distinctive word and one of them differs only by a designator
 * (`INS Sukanya`/`Warship Sukanya`, `Aoraki Mount Cook`/`Mt Cook`); `Philadelphia College`/
 * `Afghanistan College` and `Bob Smith`/`William Smith` differ by a name.
 */
function sameDistinctiveHead(x: readonly string[], y: readonly string[]): boolean {
  const head = x[x.length - 1]
  if (head === undefined || head.length < 3 || head !== y[y.length - 1] || GENERIC_HEADS.has(head))
    return false
  const onlyX = x.filter((word) => !y.includes(word))
  const onlyY = y.filter((word) => !x.includes(word))
  return onlyX.every(isDesignator) || onlyY.every(isDesignator)
}

/** A word that says what kind of thing a name is: a generic head, a title, an everyday word, a short acronym. */
function isDesignator(word: string): boolean {
  if (GIVEN_NAME_FORMS.has(word)) return false
  return (
    GENERIC_HEADS.has(word) || NO_NAME_WORDS.has(word) || word.length <= 3 || isCommonWord(stemOfWord(word))
  )
}

/**
 * True when some longer name of the other side holds every word of this name, or its abbreviation
 * (`Medical Assn`/`State of Alabama Medical Association`, `Alabama`/`State of Alabama`), as often
 * as its own side names it: one of two `Texas` edited away still differs.
 */
function namedWithin(words: readonly string[], other: ClaimSide, own: ClaimSide): boolean {
  const holding = (side: ClaimSide, longer: boolean) =>
    side.facts.filter((fact) => {
      if (fact.kind !== 'name') return false
      const whole = wordsOf(fact.text)
      return (longer ? whole.length > words.length : whole.length >= words.length) && partOf(words, whole)
    }).length
  return holding(other, true) > 0 && holding(other, false) >= holding(own, false)
}

/** True when every word of `part` is a word of `whole`, or abbreviates one (`Medical Assn`). */
function partOf(part: readonly string[], whole: readonly string[]): boolean {
  return (
    part.length >= 1 &&
    part.every((word) => whole.some((other) => other === word || abbreviates(word, other)))
  )
}

/** True when the side writes every word of a name of two words or more in lower case (`state medical association`). */
function saidInLowerCase(side: ClaimSide, words: readonly string[]): boolean {
  if (words.length < 2) return false
  const lower = side.tokens.filter((token) => !/^\p{Lu}/u.test(token.text)).map((token) => token.norm)
  return words.every((word) => lower.some((other) => other === word || abbreviates(word, other)))
}

/** `Mt`/`Mount`, `St`/`Street`, `Assn`/`Association`: a short form's letters in order from the same first letter. */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 4 || long.length <= short.length || short[0] !== long[0])
    return false
  let at = 0
  for (const letter of long) if (letter === short[at]) at++
  return at >= short.length
}

/** True when the name sits inside an attribution of its side (`according to the Highway Patrol`). */
function insideAttribution(side: ClaimSide, fact: Fact): boolean {
  return side.facts.some(
    (other) => other.kind === 'attribution' && other.start <= fact.start && fact.end <= other.end,
  )
}

/** True when the name is whom a speaker told (`Gaskin told the Timaru Herald`). */
function isAddressee(side: ClaimSide, fact: Fact): boolean {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return false
  return /\b(?:told|tells|telling|to)\s+(?:the\s+)?$/i.test(segment.text.slice(0, fact.start - segment.start))
}
