import { doubleMetaphone } from 'double-metaphone'
import { distance } from 'fastest-levenshtein'
import { memoByText } from '../normalize/memo-by-text.ts'

/**
 * Names travel between outlets in several spellings: transliterations (`Gaddafi`/`Qaddafi`,
 * `Rouhani`/`Rowhani`, `Taliban`/`Taleban`, `Muammar`/`Moammar`) and plain misspellings
 * (`Hillary`/`Hilary`). Two outlets that write one name two ways report the same person or place,
 * so neither a name conflict nor a one-sided detail should come of it.
 *
 * Two words are taken as one name spelt two ways when both are long enough to carry a spelling of
 * their own, they sound alike (a Double Metaphone code in common, `H` aside: Philips 2000), and
 * they differ by at most one edit, or two in a word of eight letters or more. Sound alone is too
 * loose (`Iran` and `Aaron` share a code) and edits alone too (`Iraq` and `Iran` differ by one
 * letter); together they keep apart the names that are different names.
 */

/** Shorter words have too few letters for a spelling of their own (`John`/`Joan`, `Iraq`/`Iran`). */
const MIN_LETTERS = 5
/** Words of this many letters or more may differ by two edits instead of one. */
const LONG_WORD = 8

/**
 * The word's two Double Metaphone codes without `H`: transliterations write a breath or leave it out
 * (`Rouhani`/`Rowhani`, coded `RHN`/`RN`), so it says nothing about which name is meant. Remembered
 * by word: the same names recur through a comparison.
 */
const soundCodes = memoByText((word): readonly string[] =>
  // A word with more than letters in it (`2nd`) has no spelling variants: no codes.
  /^\p{L}+$/u.test(word) ? doubleMetaphone(word).map((code) => code.replaceAll('H', '')) : [],
)

/** The words of a normalised name, split once: names recur through a comparison, and splitting them each time showed. */
export const nameWords = memoByText((name): readonly string[] => name.split(' '))

/** True when two lower-case words are one name in two spellings (see above); false for equal words. */
export function isSpellingVariant(x: string, y: string): boolean {
  if (x === y || x.length < MIN_LETTERS || y.length < MIN_LETTERS) return false
  const allowed = Math.min(x.length, y.length) >= LONG_WORD ? 2 : 1
  if (Math.abs(x.length - y.length) > allowed) return false
  const codesY = soundCodes(y)
  const soundAlike = soundCodes(x).some((code) => codesY.includes(code))
  return soundAlike && distance(x, y) <= allowed
}

/**
 * True when two normalised multi-word names (`muammar gaddafi`, `moammar qaddafi`) have the same
 * number of words and each pair of words is equal or a spelling variant, at least one a variant.
 */
export function sameNameSpeltTwoWays(x: string, y: string): boolean {
  // Cheap refusals first: this runs for every pair of names a comparison weighs.
  if (x === y || x.length < MIN_LETTERS || y.length < MIN_LETTERS) return false
  const wordsX = nameWords(x)
  const wordsY = nameWords(y)
  if (wordsX.length !== wordsY.length || Math.abs(x.length - y.length) > 2 * wordsX.length) return false
  let variants = 0
  for (let at = 0; at < wordsX.length; at++) {
    const wordX = wordsX[at] ?? ''
    const wordY = wordsY[at] ?? ''
    if (wordX === wordY) continue
    if (!isSpellingVariant(wordX, wordY)) return false
    variants++
  }
  return variants > 0
}
