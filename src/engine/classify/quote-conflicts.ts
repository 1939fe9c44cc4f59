import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import { ORDINALS } from '../facts/number-words.ts'
import { sameSpeaker } from '../facts/same-fact-value.ts'
import { conceptsOf } from '../lexicon/lexicon.ts'
import { memoByText } from '../normalize/memo-by-text.ts'
import { tokenize } from '../normalize/tokenize.ts'
import { type ClaimSide, wordsOf } from './claim-side.ts'
import { type FactConflict, pairConflicts } from './fact-conflicts.ts'

/**
 * The same quote worded differently: same speaker (when known), overlapping but not identical
 * content stems. Stems, not strings: contractions, hyphenation, plural and word order (`sexual
 * harassment and sexual assault`) do not change a quote; an exact excerpt of the same words is
 * already matched by `sameQuoteWords` and is a detail.
 */
export function quoteConflicts(a: ClaimSide, b: ClaimSide): FactConflict[] {
  return pairConflicts('quote', a, b, (x, y) => {
    if (!sameSpeaker(x, y)) return false
    const stemsX = contentStems(x.text)
    const stemsY = contentStems(y.text)
    let shared = 0
    for (const stem of stemsX) if (stemsY.has(stem)) shared++
    if (shared === stemsX.size && shared === stemsY.size) return false
    // One word in common (`murderers out`/`Pigs! Murderers!`) is two things said, not one reworded,
    // unless a synonym is a second (`mother ship`/`mother vessel`) or the two read word for word
    // alike but for one word in its place (`not happy with the place`/`not sad with the place`).
    if (shared + synonymsBetween(stemsX, stemsY) < QUOTE_MIN_SHARED && !oneWordSwapped(x.text, y.text))
      return false
    // One quote's every word inside the other (`makes sense`/`makes good sense`, an elided `...`) is
    // an excerpt, and its extra words are a detail; a word said differently makes another quote.
    if (isExcerpt(x.text, y.text) || isExcerpt(y.text, x.text)) return false
    // Two long statements of one speaker are one quote by their own words: names (often an
    // attribution caught inside broken quote marks) do not make them one.
    const plainX = contentStems(x.text, false)
    const plainY = contentStems(y.text, false)
    const [sharedWords, sizeX, sizeY] =
      plainX.size >= QUOTE_PLAIN_WORDS && plainY.size >= QUOTE_PLAIN_WORDS
        ? [[...plainX].filter((stem) => plainY.has(stem)).length, plainX.size, plainY.size]
        : [shared, stemsX.size, stemsY.size]
    return sharedWords / (sizeX + sizeY - sharedWords) >= CLASSIFY_DEFAULTS.quoteOverlap
  })
}

/** True when two quotes have the same words in the same order but for one word in one place. */
function oneWordSwapped(x: string, y: string): boolean {
  const wordsX = wordsOf(foldQuote(x))
  const wordsY = wordsOf(foldQuote(y))
  if (wordsX.length !== wordsY.length) return false
  return wordsX.filter((word, k) => word !== wordsY[k]).length === 1
}

/** How many stems of one quote, said only there, have a WordNet synonym said only in the other. */
function synonymsBetween(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const onlyY = [...y].filter((stem) => !x.has(stem))
  return [...x].filter(
    (stem) =>
      !y.has(stem) &&
      onlyY.some((other) => conceptsOf(other).some((concept) => conceptsOf(stem).includes(concept))),
  ).length
}

// Content words two quotes must share to be one quote worded two ways.
const QUOTE_MIN_SHARED = 2

// Content words each quote needs before names are left out of their overlap.
const QUOTE_PLAIN_WORDS = 4

/** A quote's tokens, spellings folded (`foldQuote`); remembered, as every pair of sides reads its quotes. */
const quoteTokens = memoByText((text) => tokenize(foldQuote(text)))

/** Stems of every word of a quote, function words included, with how often each is said. */
const allStems = memoByText((text) => {
  const counts = new Map<string, number>()
  for (const token of quoteTokens(text)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1)
  return counts
})

/**
 * True when `part` is an excerpt of `whole`: every word of it said there as often, or every
 * content word, when `whole` is longer by two words or more and `part` adds only function words
 * and the same negators (`we wanted`/`we had wanted` inside a longer quote); a word swapped for
 * another at the same length is no excerpt.
 */
function isExcerpt(part: string, whole: string): boolean {
  const partStems = allStems(part)
  const wholeStems = allStems(whole)
  if (containsAll(wholeStems, partStems)) return true
  const total = (stems: ReadonlyMap<string, number>) =>
    [...stems.values()].reduce((sum, count) => sum + count, 0)
  if (total(wholeStems) < total(partStems) + EXCERPT_EXTRA_WORDS) return false
  const extra = quoteTokens(part).filter(
    (token) => (partStems.get(token.stem) ?? 0) > (wholeStems.get(token.stem) ?? 0),
  )
  return extra.every((token) => !token.content && !QUOTE_NEGATORS.has(token.norm))
}

// How many words longer a quote must be for a shorter one to be its excerpt despite other function words.
const EXCERPT_EXTRA_WORDS = 2

// Negators, which make another quote even as function words.
const QUOTE_NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither'])

/** True when `whole` says every word of `part` at least as often (`order it … order it` counts twice). */
function containsAll(whole: ReadonlyMap<string, number>, part: ReadonlyMap<string, number>): boolean {
  for (const [stem, count] of part) if ((whole.get(stem) ?? 0) < count) return false
  return true
}

/**
 * A quote's text with spellings that change no word folded: `okay` as `ok`, `6:00` as `6`,
 * `6:41pm PST` as `18:41`,
 * `neighbourhood` as `neighborhood`, `can't`/`cant` as `can`, `didn't` as `did` (a negation is
 * compared as a negation flip, not as a reworded quote).
 */
function foldQuote(text: string): string {
  return text
    .replace(/\bokay\b/giu, 'ok')
    .replace(CLOCK_12, (_, hour: string, minutes: string | undefined, half: string) => {
      const hours = (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0)
      return minutes === undefined ? `${hours}` : `${hours}:${minutes}`
    })
    .replace(/(\d)\s*(?:[ECMP][SD]T|GMT|UTC)\b/g, '$1')
    .replace(/(\d):00\b/g, '$1')
    .replace(/(\p{L}{3,}[^aeiou\s])our(hood|ing|ed|s)\b/giu, '$1or$2')
    .replace(/\bcan['’]?t\b/giu, 'can')
    .replace(/\bwon['’]t\b/giu, 'will')
    .replace(/(\p{L})n['’]t\b/giu, '$1')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/giu, '$1th')
    .replace(ORDINAL_WORD, (word) => `${ORDINALS.get(word.toLowerCase())}th`)
}

/** A clock time on the 12-hour clock (`6:41pm`, `6 p.m.`), read on the 24-hour clock (`18:41`) with its zone dropped. */
const CLOCK_12 = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b\.?/giu

/** A rank spelt out (`eleventh`): outlets' style books write ranks in words or digits (`11th`) alike. */
const ORDINAL_WORD = new RegExp(`\\b(?:${[...ORDINALS.keys()].join('|')})\\b`, 'giu')

/**
 * Content stems of a quote, spellings folded (`foldQuote`), brackets and parentheses (editorial
 * insertions) left out, hyphens joined; names left out when `withNames` is false.
 */
function contentStems(text: string, withNames = true): ReadonlySet<string> {
  return withNames ? quoteStems(text) : plainQuoteStems(text)
}

/** A quote's content tokens (see `contentStems`), remembered. */
const contentTokens = memoByText((text) => {
  const plain = foldQuote(text)
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(/(\p{L})-\s?(\p{L})/gu, '$1$2')
  return tokenize(plain).filter((token) => token.content)
})
const quoteStems = memoByText((text) => new Set(contentTokens(text).map((token) => token.stem)))
const plainQuoteStems = memoByText(
  (text) => new Set(contentTokens(text).flatMap((token) => (token.name ? [] : [token.stem]))),
)
