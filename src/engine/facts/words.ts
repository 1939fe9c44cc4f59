import { eng } from 'stopword'
import { stemSafely } from '../normalize/stem-word.ts'
import { foldSpelling } from './spelling.ts'

/** One word of a text, with UTF-16 offsets; dotted abbreviations, hyphens and apostrophes stay inside. */
export interface Word {
  /** The word as written (`U.N.`, `Ki-moon`, `Russia's`, `400,000`). */
  text: string
  /** Lowercase form, used for lookups. */
  lower: string
  /** Offset of the first character. */
  start: number
  /** Offset one past the last character. */
  end: number
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const UPPER = /\p{Lu}/u
const DIGIT = /[0-9]/

/** Whether one UTF-16 code unit (or the character it starts) is a letter or digit. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0), ch)
}

// ASCII by arithmetic; anything else by the Unicode class (a lone surrogate is neither).
function isWordCode(code: number, ch: string | undefined): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return ch !== undefined && WORD_CHAR.test(ch)
}

/** Whether a word starts with an uppercase letter. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(word.charAt(0))
}

/** Whether a character is an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch)
}

// Joiners continue a word only between two word characters, so the scan is one pass with one
// character of lookahead: no backtracking regex (SETUP-NOTES: a careless regex went exponential).
function joins(text: string, i: number): boolean {
  const ch = text[i]
  const prev = text[i - 1]
  const next = text[i + 1]
  if (ch === "'" || ch === '’' || ch === '-') return isWordChar(next) && (isWordChar(prev) || prev === '.')
  if (ch === ',') return isDigit(prev) && isDigit(next) && isDigit(text[i + 2]) && isDigit(text[i + 3])
  if (ch === '.') {
    if (isDigit(prev) && isDigit(next)) return true
    // U.N., U.S.A.: a single letter, a dot, then another single letter followed by a dot.
    return isWordChar(next) && !isWordChar(text[i - 2]) && text[i + 2] === '.'
  }
  return false
}

/** Splits a text into words in one linear pass. */
export function scanWords(text: string): Word[] {
  const words: Word[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i), text[i])) {
      i++
      continue
    }
    const start = i
    i++
    while (i < length && (isWordCode(text.charCodeAt(i), text[i]) || joins(text, i))) i++
    // A dotted abbreviation keeps its final dot: `U.N.` (two or more single letters).
    if (
      text[i] === '.' &&
      i - start >= 3 &&
      text[i - 2] === '.' &&
      !isDigit(text[i - 1]) &&
      !isWordChar(text[i + 1])
    ) {
      i++
    }
    const raw = text.slice(start, i)
    words.push({ text: raw, lower: raw.toLowerCase(), start, end: i })
  }
  return words
}

const STOPWORDS: ReadonlySet<string> = new Set(eng)

/** Whether a lowercase word is on the `stopword` package's English list. */
export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower)
}

/** Porter2 stem of a word, after folding British spelling and the possessive. */
export function stemWord(lower: string): string {
  const bare = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower
  return stemSafely(foldSpelling(bare))
}

/** Drops a possessive `'s` (or a bare trailing apostrophe) from a word's text. */
export function stripPossessive(text: string): string {
  if (text.endsWith("'s") || text.endsWith('’s')) return text.slice(0, -2)
  if (text.endsWith("'") || text.endsWith('’')) return text.slice(0, -1)
  return text
}

/** Start offsets of the words that overlap any of some facts sorted by start (one linear merge). */
export function wordsInside(
  words: readonly Word[],
  facts: readonly { start: number; end: number }[],
): Set<number> {
  const inside = new Set<number>()
  let k = 0
  for (const word of words) {
    while ((facts[k]?.end ?? Number.POSITIVE_INFINITY) <= word.start) k++
    if ((facts[k]?.start ?? Number.POSITIVE_INFINITY) < word.end) inside.add(word.start)
  }
  return inside
}

/** Index of the first word starting at or after an offset (binary search; `words.length` if none). */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((words[middle] as Word).start < offset) low = middle + 1
    else high = middle
  }
  return low
}
