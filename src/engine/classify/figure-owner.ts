import type { Token } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * Whose figure a number is when a sentence lists several parties, each with its own: `the
 * Nationals reportedly have bid $160 million over eight years, the Orioles between $140 million
 * and $150 million`. The nearest name before the number owns it; two numbers owned by two names
 * that both sentences mention are two parties' figures (FLAGS-GUIDE: another slot), not rival
 * values of one.
 */

/** How many tokens back from a number its owner may stand (`the Orioles have made an offer between $140`). */
const OWNER_REACH = 10

/** The name nearest before the number in its sentence, within reach and not across a semicolon. */
function ownerOf(side: ClaimSide, fact: Fact): Token | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const before = side.tokens
    .filter((token) => token.end <= fact.start && token.start >= segment.start)
    .slice(-OWNER_REACH)
  const from = segment.text.lastIndexOf(';', fact.start - segment.start)
  return before.filter((token) => token.name && token.start - segment.start > from).at(-1)
}

/**
 * True when the side's sentence holding the fact names the other owner as a name of its own, not
 * as a word of its own owner's name (`Qeshm Island` is one place, not Qeshm and an island).
 */
function namesApart(side: ClaimSide, fact: Fact, own: Token, other: Token): boolean {
  const words = sentenceTokens(side, fact)
  const at = words.indexOf(own)
  return words.some((token, k) => token.name && token.norm === other.norm && Math.abs(k - at) > 1)
}

/**
 * True when two numbers are owned by two different names and each sentence names both apart: the
 * two outlets list the same parties, and these are two of their figures.
 */
export function ownedByTwoParties(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const ownerX = ownerOf(a, x)
  const ownerY = ownerOf(b, y)
  if (ownerX === undefined || ownerY === undefined || ownerX.norm === ownerY.norm) return false
  return namesApart(a, x, ownerX, ownerY) && namesApart(b, y, ownerY, ownerX)
}

/** A name with a possessive right before the number, past at most one lower-case word (`Reggie Wayne's 41-yard catch`). */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}.-]*)['’]s\s+(?:\p{Ll}+\s+)?$/u

/** The name whose possessive stands right before the number: the figure is that party's. */
function possessiveOwnerOf(side: ClaimSide, fact: Fact): string | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const owner = POSSESSIVE_BEFORE.exec(segment.text.slice(0, fact.start - segment.start))?.[1]
  return owner?.toLowerCase()
}

/** The tokens of the side's sentence holding the fact. */
function sentenceTokens(side: ClaimSide, fact: Fact): Token[] {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return []
  return side.tokens.filter((token) => token.start >= segment.start && token.end <= segment.end)
}

/**
 * True when one number is a named party's by a possessive right before it (`Reggie Wayne's 41-yard
 * touchdown catch`) and the other is owned by another name (its own possessive, or the nearest name
 * before it: `Dallas Clark scored on a one-yard pass`) in a sentence that does not name the first
 * party: two players' plays, two parties' figures, not one figure given two ways.
 */
export function possessedByTwoParties(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  return possessedApart(a, x, b, y) || possessedApart(b, y, a, x)
}

/** `possessedByTwoParties` read from the side whose number has the possessive owner. */
function possessedApart(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const owner = possessiveOwnerOf(a, x)
  if (owner === undefined) return false
  const other = possessiveOwnerOf(b, y) ?? ownerOf(b, y)?.norm
  if (other === undefined || other === owner) return false
  return !sentenceTokens(b, y).some((token) => token.norm === owner)
}
