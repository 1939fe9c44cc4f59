import { backgroundFrequency } from '../lexicon/lexicon.ts'
import { stemOfWord } from '../normalize/tokenize.ts'

/**
 * What the articles of a comparison, read whole, say about a name a flag would compare: names some
 * article writes as one, and words no article writes as a name inside a sentence.
 */

/**
 * True when some article of the comparison writes the two names as one, side by side (`Kansas
 * City Chiefs` for `K.C.`/`Chiefs`, `Indianapolis Colts` for `Colts`/`Indianapolis`): a team and
 * its city, a body and its place, named by either half. Initials (`K.C.`) stand for the words
 * they begin.
 */
export function writtenAsOne(texts: ReadonlyMap<string, string>, x: string, y: string): boolean {
  const together = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(?:${namePattern(x)}\\s+${namePattern(y)}|${namePattern(y)}\\s+${namePattern(x)})(?![\\p{L}\\p{N}])`,
    'u',
  )
  for (const text of texts.values()) if (together.test(text)) return true
  return false
}

/** A name as a pattern: itself, or for initials (`K.C.`) any words they begin (`Kansas City`). */
function namePattern(name: string): string {
  if (!/^(?:\p{Lu}\.){2,}$/u.test(name)) return escapeRegExp(name)
  const letters = name.replaceAll('.', '').split('')
  return letters.map((letter) => `${letter}\\p{L}+`).join('\\s+')
}

/**
 * True when the name is one English word (any background frequency: `Banners`, `Thieves`,
 * `Crooks`) that no article of the comparison writes inside a sentence, after a word, a digit, a
 * comma or a title (`Mr.`): seen only where any word is capitalised (opening a sentence, `Banners
 * in the main square read …`, or a headline), it is that word, which the tokenizer took for a name
 * only because it is rarer than its everyday words. A name of a party of the story that is also a
 * word is written mid-sentence somewhere (`the Chiefs`, `Mr. Crowe`); a place or person no word
 * list knows (`Oklahoma inmate …`) stays a name. Unknown (false) without texts.
 */
export function onlyOpensSentences(texts: ReadonlyMap<string, string>, name: string): boolean {
  if (texts.size === 0 || !/^\p{L}+$/u.test(name)) return false
  if (backgroundFrequency(stemOfWord(name.toLowerCase())) === 0) return false
  const inside = new RegExp(
    `(?:[\\p{L}\\p{N},;:]['’]?|\\b\\p{Lu}\\p{Ll}{0,3}\\.)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
    'u',
  )
  for (const text of texts.values()) if (inside.test(text)) return false
  return true
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
