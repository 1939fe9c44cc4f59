import { doubleMetaphone } from 'double-metaphone'
import { distance } from 'fastest-levenshtein'

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

/** Double Metaphone codes by lower-case word: the same names recur through a comparison. */
const codesByWord = new Map<string, readonly string[]>()
/** Bound on each memo here, so a huge input cannot grow it without limit. */
const MEMO_SIZE = 20_000

/**
 * The word's two Double Metaphone codes without `H`: transliterations write a breath or leave it out
 * (`Rouhani`/`Rowhani`, coded `RHN`/`RN`), so it says nothing about which name is meant.
 */
function soundCodes(word: string): readonly string[] {
  let codes = codesByWord.get(word)
  if (codes === undefined) {
    // A word with more than letters in it (`2nd`) has no spelling variants: no codes.
    codes = /^\p{L}+$/u.test(word) ? doubleMetaphone(word).map((code) => code.replaceAll('H', '')) : []
    if (codesByWord.size >= MEMO_SIZE) codesByWord.clear()
    codesByWord.set(word, codes)
  }
  return codes
}

/** Words by normalised name: names recur through a comparison, and splitting them each time showed. */
const wordsByName = new Map<string, readonly string[]>()

/** The words of a normalised name, split once. */
export function nameWords(name: string): readonly string[] {
  let words = wordsByName.get(name)
  if (words === undefined) {
    words = name.split(' ')
    if (wordsByName.size >= MEMO_SIZE) wordsByName.clear()
    wordsByName.set(name, words)
  }
  return words
}

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
