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

/**
 * True when every word of four letters or more is in capitals, and there are three or more: a
 * shouted headline or kicker (`FALLOUT CONTINUES AFTER BRAZEN ESCAPE`), where capitals say nothing
 * about names or acronyms.
 */
export function isAllCapitals(words: readonly string[]): boolean {
  let deciding = 0
  for (const word of words) {
    if (!DECIDING_WORD.test(word)) continue
    if (word !== word.toUpperCase()) return false
    deciding++
  }
  return deciding >= MIN_DECIDING_WORDS
}

/** A word in capitals of at most this many letters may still be an acronym where capitals shout (`US`, `FBI`, `DUI`). */
const ACRONYM_MAX_LETTERS = 3

/** A word wholly in capitals, possessive aside (`CHARGERS'`, `OBAMA'S`). */
const CAPITALS_WORD = /^\p{Lu}+(?:['’]\p{Lu}*)?$/u

/** How a shouted word reads: whether it is a function word, or an everyday one (`aid`, `top`). */
export interface WordSense {
  /** True for a stopword (`to`, `the`, `after`). */
  isFunctionWord: (lower: string) => boolean
  /** True for an everyday English word. */
  isEveryday: (lower: string) => boolean
}

/**
 * How a word in capitals reads where the capitals shout: as if only its first letter were a capital
 * (`CONTINUES` → `Continues`), so it stems, counts as a function word, and is a name only when no
 * everyday word. A short word that is neither a function word nor an everyday word stays as
 * written, an acronym (`FBI`, `DUI`), and so does `US`: in a headline the country, not the pronoun.
 */
export function unshout(word: string, sense: WordSense): string {
  if (!CAPITALS_WORD.test(word)) return word
  const lower = word.toLowerCase()
  const letters = lower.replace(/['’]/g, '').length
  const acronym = letters <= ACRONYM_MAX_LETTERS && isShoutedName(lower, sense)
  return acronym ? word : word.charAt(0) + lower.slice(1)
}

/**
 * Where capitals shout, whether a word (lower-cased) is a name: `US`, or a word that is neither a
 * function word nor an everyday one (`FBI`, `MADAYA`), as a capitalised sentence opener would be.
 */
export function isShoutedName(lower: string, sense: WordSense): boolean {
  return lower === 'us' || (!sense.isFunctionWord(lower) && !sense.isEveryday(lower))
}

/**
 * True when a word in capitals opens a sentence whose next word is in lower case: a lead-in set in
 * capitals by house style (`SMILING bomber Amrozi`, `POLICE are hunting`), read like any opener.
 */
export function isShoutedOpener(word: string, opensSentence: boolean, next: string | undefined): boolean {
  return (
    opensSentence &&
    DECIDING_WORD.test(word) &&
    word === word.toUpperCase() &&
    next !== undefined &&
    /^\p{Ll}/u.test(next)
  )
}
