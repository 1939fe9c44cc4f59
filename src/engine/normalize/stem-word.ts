/// <reference path="./wink-porter2-stemmer.d.ts" />
import stem from 'wink-porter2-stemmer'

/**
 * Longest word handed to the stemmer, in characters. wink-porter2-stemmer's suffix patterns are
 * quadratic in the word's length (one 20,000-letter "word" took 3.6 s, 80,000 took 45 s); no real
 * word comes near this, so longer tokens (URLs, hashes, unbroken junk) are their own stem.
 */
export const MAX_STEMMED_WORD_LENGTH = 40

/** Porter2 stem of a lower-case word; a word longer than any real word is returned unchanged. */
export function stemSafely(word: string): string {
  return word.length > MAX_STEMMED_WORD_LENGTH ? word : stem(word)
}
