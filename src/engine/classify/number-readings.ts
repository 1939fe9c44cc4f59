import { SCALES } from '../facts/number-words.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf, tokensBefore } from './claim-side.ts'

/**
 * Readings of a number's surroundings that say two values may be one, or may count two scopes:
 * a fraction whose sign was lost, a conversion in parentheses, a place named right after it.
 */

/** How far apart two values may be when one is a conversion in parentheses (a share of the larger). */
const CONVERSION_TOLERANCE = 0.05

/** The text of the segment a fact stands in, and the fact's offset in it. */
function around(side: ClaimSide, fact: Fact): { text: string; at: number; end: number } | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  return { text: segment.text, at: fact.start - segment.start, end: fact.end - segment.start }
}

/**
 * True when the number is written as part of a fraction or touches a character the page lost
 * (`41/2` for `4½`, `4�`): wire archives often drop the fraction sign, so neither digit run is
 * the value the outlet printed, and it is compared with nothing.
 */
export function isBrokenFraction(side: ClaimSide, fact: Fact): boolean {
  const place = around(side, fact)
  if (place === undefined) return false
  const before = place.text.slice(Math.max(0, place.at - 2), place.at)
  const after = place.text.slice(place.end, place.end + 2)
  return (
    /^\/\d/.test(after) ||
    /\d\/$/.test(before) ||
    /^[\uFFFD¼½¾⅓⅔⅛]/u.test(after) ||
    /[\uFFFD¼½¾⅓⅔⅛]$/u.test(before)
  )
}

/**
 * True when two values of one unit lie within 5 % of each other and some outlet of the claim gives
 * a value within 5 % of both as a conversion in parentheses (`two million euros ($2.6 million)`):
 * outlets convert one sum at different rates, so `$2.6 million` and `$2.5 million` are one value.
 */
export function convertsAlike(sides: readonly ClaimSide[], x: Fact, y: Fact): boolean {
  const near = (u: number, v: number) => Math.abs(u - v) <= CONVERSION_TOLERANCE * Math.max(u, v)
  const vx = Number(x.key)
  const vy = Number(y.key)
  if (x.unit !== y.unit || !(vx > 0) || !(vy > 0) || !near(vx, vy)) return false
  return sides.some((side) =>
    side.facts.some((fact) => {
      const value = Number(fact.key)
      return (
        fact.kind === 'number' &&
        fact.unit === x.unit &&
        value > 0 &&
        near(value, vx) &&
        near(value, vy) &&
        inParentheses(side, fact)
      )
    }),
  )
}

/**
 * True when the value opens a parenthesis right after another value, a digit within the few words
 * before the bracket (`$US1 million ($1.52 million)`, `4:00 p.m. local time (1100 GMT)`): it
 * restates that value in another currency, unit or time zone, so it is compared with nothing, and
 * the value it converts stands for it.
 */
export function restatesValueBefore(side: ClaimSide, fact: Fact): boolean {
  const place = around(side, fact)
  return place !== undefined && /\d[^()\d]{0,24}\(\s*$/.test(place.text.slice(0, place.at))
}

// The last number before a bracket, with its scale word (`$US1 million (`).
const VALUE_BEFORE_BRACKET =
  /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?[^()\d]{0,24}\(\s*$/

/**
 * True when the number restates in parentheses a value the rival gives as written before the
 * bracket: `$US1 million ($1.52 million)` against `$1 million` is one sum in two currencies. A
 * conversion of another value (`200 million euros ($265.3 million)` against `$2 million`) is
 * still compared.
 */
export function restatesRival(side: ClaimSide, fact: Fact, rival: Fact): boolean {
  const place = around(side, fact)
  if (place === undefined) return false
  const before = VALUE_BEFORE_BRACKET.exec(place.text.slice(0, place.at))
  if (before?.[1] === undefined) return false
  const value = Number(before[1].replaceAll(',', '')) * (SCALES.get(before[2] ?? '') ?? 1)
  return value === Number(rival.key)
}

/** True when the value opens a parenthesis (`($2.6-million)`). */
function inParentheses(side: ClaimSide, fact: Fact): boolean {
  const place = around(side, fact)
  return place !== undefined && /\(\s*$/.test(place.text.slice(0, place.at))
}

/**
 * A place or party named right after a number or share, past at most three lower-case words of
 * its noun phrase: `44% with Malaysia`, `82 percent in India`, `65 per cent of traffic to India`.
 */
const NAMED_SCOPE =
  /^\s*%?(?:\s+per cent|\s+\p{Ll}+){0,3}?\s+(?:in|with|across|for|at|from|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u

/**
 * True when both numbers are scoped by a name right after them and the names differ: `44% with
 * Malaysia` and `82 percent in India` are two countries' shares, not rival values of one.
 */
export function twoNamedScopes(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const scope = (side: ClaimSide, fact: Fact) => {
    const place = around(side, fact)
    return place === undefined ? undefined : NAMED_SCOPE.exec(place.text.slice(place.end))?.[1]?.toLowerCase()
  }
  const sx = scope(a, x)
  const sy = scope(b, y)
  return sx !== undefined && sy !== undefined && !sx.includes(sy) && !sy.includes(sx)
}

/** Verbs whose number is a goal, not an outcome (`needed just nine points to pass him`). */
const TARGET_VERBS = new Set([
  'need',
  'requir',
  'want',
  'expect',
  'hope',
  'aim',
  'target',
  'seek',
  'plan',
  'predict',
  'forecast',
])

/** Words between such a verb and its number that leave the number its object (`needs only nine`). */
const BETWEEN_VERB_AND_NUMBER = new Set([
  'just',
  'only',
  'about',
  'around',
  'at',
  'least',
  'more',
  'than',
  'another',
  'a',
  'further',
])

/**
 * True when the number is the object of a verb of needing or expecting, a goal, whose rival is
 * another goal: `Hansbrough needed just nine points to break the record` is not `he finished with
 * 20 points`, nor `the company expects 500 jobs` the jobs it made.
 */
export function isTarget(side: ClaimSide, fact: Fact): boolean {
  const before = tokensBefore(side, fact.start, 4)
  for (let k = before.length - 1; k >= 0; k--) {
    const token = before[k]
    if (token === undefined) return false
    if (BETWEEN_VERB_AND_NUMBER.has(token.norm)) continue
    return TARGET_VERBS.has(token.stem)
  }
  return false
}

/** A rank's noun followed by an opponent's name (`second victory over Thompson`, `third win against the Colts`). */
const AGAINST_NAMED = /^\s+(?:\p{Ll}+\s+){1,2}(?:over|against)\s+(?:the\s+)?\p{Lu}/u

/**
 * True when a rank counts only the meetings with one opponent (`Klitschko's second victory over
 * Thompson`): a series of its own, not a rival of the career count (`his 58th victory`).
 */
export function rankAgainstNamed(side: ClaimSide, fact: Fact): boolean {
  const place = around(side, fact)
  return place !== undefined && AGAINST_NAMED.test(place.text.slice(place.end))
}

/**
 * A number's noun scoped by two or more named parties (`40 observers from the United Nations, the
 * OSCE and the CIS`, `killed in Gaza and the West Bank`): after its noun, a preposition, a name,
 * then another name after `and`.
 */
const NAMED_LIST =
  /^[^.;:]{0,30}?\b(?:from|of|in|by|across)\s+(?:the\s+)?\p{Lu}[^.;:]*?\band\s+(?:the\s+)?\p{Lu}/u

/**
 * True when a number is scoped by a list of named parties: a total of several, which a number of
 * one of them (`the OSCE has sent only three observers`) or of no named scope does not rival.
 */
export function scopedByNamedList(side: ClaimSide, fact: Fact): boolean {
  const place = around(side, fact)
  return place !== undefined && NAMED_LIST.test(place.text.slice(place.end))
}
