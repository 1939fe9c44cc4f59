import type { Fact } from '../types.ts'
import { PRONOUNS } from './attribution-facts.ts'
import { sameDateKey } from './date-values.ts'
import { sameRoundedNumber } from './rounded-numbers.ts'
import { nameWords, sameNameSpeltTwoWays } from './spelling-variants.ts'

/**
 * Whether two names can denote the same party: one's key is among the other's aliases (`Lavrov`
 * and `Sergey Lavrov`, `U.N.` and `United Nations`), or the shorter is the last words of the longer
 * (`Korea` and `North Korea`, but not `North Korea` and `South Korea`, nor `England` and `Bank of
 * England`); either also when the name is spelt two ways (`Muammar Gaddafi` and `Moammar Qaddafi`,
 * `Gaddafi` and `Moammar Qaddafi`).
 */
export function sameName(a: Pick<Fact, 'key' | 'aliases'>, b: Pick<Fact, 'key' | 'aliases'>): boolean {
  if (a.key === b.key) return true
  if (a.aliases?.includes(b.key) || b.aliases?.includes(a.key)) return true
  // The rest reads the keys alone, and the same few names meet again in every pair of a claim's
  // sides: each pair of keys is weighed once.
  let known = sameKeysMemo.byFirst.get(a.key)
  let same = known?.get(b.key)
  if (same === undefined) {
    if (sameKeysMemo.entries >= MEMO_SIZE) {
      sameKeysMemo.byFirst.clear()
      sameKeysMemo.entries = 0
      known = undefined
    }
    if (known === undefined) {
      known = new Map()
      sameKeysMemo.byFirst.set(a.key, known)
    }
    same = sameNameKeys(a.key, b.key)
    known.set(b.key, same)
    sameKeysMemo.entries++
  }
  return same
}

/** Bound on the memo's pairs of keys, so a huge input cannot grow it without limit. */
const MEMO_SIZE = 100_000

/** `sameNameKeys` by first key, then second key, and how many pairs it holds. */
const sameKeysMemo = { byFirst: new Map<string, Map<string, boolean>>(), entries: 0 }

/** `sameName` for two different keys that are not each other's aliases: by the words of the names. */
function sameNameKeys(first: string, second: string): boolean {
  const [short, long] = first.length <= second.length ? [first, second] : [second, first]
  // The shorter name as the last words of the longer; not after `of`, which names another party
  // (`Bank of England` is not `England`).
  if (long.endsWith(` ${short}`)) return short.length > 2 && !long.endsWith(` of ${short}`)
  if (sameNameSpeltTwoWays(short, long)) return true
  // The same, spelt another way (`Gaddafi` against `Moammar Qaddafi`): the tail is cut only here.
  const longWords = nameWords(long)
  const shortWords = nameWords(short).length
  if (longWords.length <= shortWords || longWords[longWords.length - shortWords - 1] === 'of') return false
  return sameNameSpeltTwoWays(short, longWords.slice(-shortWords).join(' '))
}

/**
 * Whether two number facts count the same thing (equal units, or either unit unknown): the test
 * for pairing numbers across sources before comparing their values.
 */
export function sameUnit(a: Fact, b: Fact): boolean {
  return a.unit === undefined || b.unit === undefined || a.unit === b.unit
}

/** Whether two quotes say the same words; a quote that is a word-aligned part of the other counts. */
export function sameQuoteWords(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return ` ${long} `.includes(` ${short} `)
}

/** Whether two speakers can be the same: same name, or either unknown or an unresolved pronoun. */
export function sameSpeaker(a: Fact, b: Fact): boolean {
  if (a.speaker === undefined || b.speaker === undefined) return true
  if (PRONOUNS.has(a.speaker) || PRONOUNS.has(b.speaker)) return true
  return sameName({ key: a.speaker, aliases: a.aliases }, { key: b.speaker, aliases: b.aliases })
}

/**
 * Whether two facts of the same kind hold equivalent values, so the classifier never flags
 * equivalent forms: `five`/`5`, `Jan. 25`/`January 25`/`Monday` (resolved), `U.N.`/`United Nations`,
 * curly/straight quotes. Numbers compare by value only, a rounded figure being the same value; pair them with `sameUnit` first. What cannot be shown to differ (an unresolved pronoun, a date with no
 * year) counts as the same. Facts of different kinds are never the same.
 */
export function sameFactValue(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'number':
      // Units decide which numbers to pair (`sameUnit`), not whether a paired value differs.
      return a.key === b.key || sameRoundedNumber(a, b)
    case 'date':
      return sameDateKey(a.key, b.key)
    case 'name':
      return sameName(a, b)
    case 'quote':
      return sameQuoteWords(a.key, b.key)
    case 'negation':
      return a.key === b.key
    case 'attribution':
      return sameSpeaker(a, b)
  }
}
