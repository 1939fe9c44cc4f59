/**
 * Whether a line is set in Title Case (`Gunman Among 7 Dead After Florida Apartment Shooting`), where
 * a capital says nothing about a name: headlines and page titles capitalise every longer word, so
 * only a word that is no everyday word (`Florida`, not `Apartment`) or an acronym is a name there.
 */

/** Words of at least this many letters decide: most styles leave shorter ones (`of`, `in`, `a`) lower case. */
const DECIDING_LETTERS = 4

/** Fewer deciding words than this say nothing: `Kerry Speaks` is as likely two names. */
const MIN_DECIDING_WORDS = 3

const DECIDING_WORD = new RegExp(`^\\p{L}{${DECIDING_LETTERS},}$`, 'u')

/** True when every word of four letters or more is capitalised, not all in capitals, and there are three or more. */
export function isTitleCase(words: readonly string[]): boolean {
  let deciding = 0
  for (const word of words) {
    if (!DECIDING_WORD.test(word)) continue
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return false
    // An all-capitals word is an acronym or shouting, not a capitalised word.
    if (word === word.toUpperCase()) continue
    deciding++
  }
  return deciding >= MIN_DECIDING_WORDS
}
