import { memoByText } from '../normalize/memo-by-text.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * A market figure (a share price, an index level, a yield, a rate of exchange, or a move of one) is
 * a reading taken at one moment of trading: the Nasdaq is `up 0.4 percent` in the first hour and
 * `up 0.7 percent` by the afternoon, and both reports are true. Two outlets' readings are the same
 * fact only at the same moment (FLAGS-GUIDE: "the same occasion"): both at the close, both at the
 * open, both after hours, both the session's high or low, or both at one clock time. Without a
 * moment both name, two readings are no rivals; each stays a detail of its side.
 */

/** Something traded whose price moves through a session. */
const TRADED =
  /\b(?:index|indexes|indices|nasdaq|dow|s&p|standard\s*&\s*poor'?s|ftse|nikkei|dax|cac|hang\s+seng|shares?|stocks?|bonds?|yields?|treasur(?:y|ies)|euro|dollar|yen|franc|sterling|gold|silver|crude|futures|currenc(?:y|ies))\b/iu

/** A verb or adverb that reports a price's level or move. */
const MOVED =
  /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|ing|en)?|was\s+up|were\s+up|was\s+down|were\s+down|gain(?:ed|s|ing)?|lost|los(?:es|ing)|slipped|slid|shed|added|climbed|dropped|eased|edged|firmed|jumped|declined|advanced|rallied|tumbled|slumped|surged|soared|sank|plunged|quoted|traded|trading|stood|standing|higher|lower|closed|ended|finished|settled|opened)\b/iu

/** The units of a reading: a share of its level, index points, cents, shares traded, a currency, or none (a level). */
const READING_UNITS: ReadonlySet<string> = new Set([
  'percent',
  'point',
  'cent',
  'share',
  'usd',
  'eur',
  'gbp',
  'jpy',
  'yen',
])

/** Moments of a session a reading can be tied to, each with the name it is compared by. */
const MOMENTS: readonly [string, RegExp][] = [
  ['close', /\b(?:clos(?:e|ed|es|ing)|finish(?:ed|es)?|end(?:ed|s)?|settled)\b/iu],
  ['open', /\bopen(?:ed|ing|s)?\b/iu],
  ['after-hours', /\bafter[-\s]hours\b|\bextended\s+trading\b/iu],
  ['high', /\b(?:high|highs|highest|peak)\b/iu],
  ['low', /\b(?:low|lows|lowest)\b/iu],
  ['early', /\bearly\b/iu],
  ['late', /\blate\b/iu],
  ['morning', /\bmorning\b/iu],
  ['midday', /\b(?:midday|mid-session|noon)\b/iu],
  ['afternoon', /\bafternoon\b/iu],
]

/**
 * The moments a market reading is tied to (`close`, `high`, a clock time keyed as the fact
 * extractor keys it, `T09:33`), or undefined when the number is no market reading: its sentence
 * names no traded thing, no move before the number, or the number counts something else (`26
 * pirates`).
 */
export function marketMomentsOf(side: ClaimSide, fact: Fact): ReadonlySet<string> | undefined {
  if (fact.unit !== undefined && !READING_UNITS.has(fact.unit)) return undefined
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const named = namedMoments(segment.text)
  if (named === null || !MOVED.test(segment.text.slice(0, fact.start - segment.start))) return undefined
  // Clock times are already read as date facts (`9:33 a.m.` and `0933 GMT` alike): their keys.
  const clocks = side.facts.filter(
    (other) =>
      other.kind === 'date' &&
      other.key.startsWith('T') &&
      segment.start <= other.start &&
      other.end <= segment.end,
  )
  return clocks.length === 0 ? named : new Set([...named, ...clocks.map((clock) => clock.key)])
}

/**
 * The moments a sentence names in words, or null when it names nothing traded; remembered by text,
 * since every pair of numbers of a claim asks again and most sentences trade nothing.
 */
const namedMoments = memoByText((text): ReadonlySet<string> | null => {
  if (!TRADED.test(text)) return null
  const moments = new Set<string>()
  for (const [name, words] of MOMENTS) if (words.test(text)) moments.add(name)
  return moments
})

/**
 * True when two numbers are market readings not tied to one moment both name: readings of two
 * moments, which differ without contradicting each other. A reading against a number that is none
 * is left to the other slot rules.
 */
export function readingsOfTwoMoments(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const first = marketMomentsOf(a, x)
  const second = marketMomentsOf(b, y)
  if (first === undefined || second === undefined) return false
  for (const moment of first) if (second.has(moment)) return false
  return true
}
