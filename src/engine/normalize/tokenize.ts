/// <reference path="./stopword.d.ts" />
import { eng as englishStopwords } from 'stopword'
import { isCommonWord } from '../lexicon/lexicon.ts'
import { classifyAbbreviation } from '../segment/abbreviations.ts'
import { foldSpelling } from './fold-spelling.ts'
import { stemSafely } from './stem-word.ts'
import { isAllCapitals, isShoutedOpener, isTitleCase, unshout, type WordSense } from './title-case.ts'

/** One word, number or acronym of a text, with its place and its comparison keys. */
export interface Token {
  /** The token as written. */
  text: string
  /** Offset of the first character in the analysed text. */
  start: number
  /** Offset one past the last character. */
  end: number
  /** Lower-case, spelling-folded form (`U.N.` → `un`, `organisations` → `organizations`, `5,000` → `5000`). */
  norm: string
  /** Porter2 stem of `norm`; for numbers the numeric value as a string. */
  stem: string
  /** True unless the token is a stopword: content tokens carry the meaning that alignment compares. */
  content: boolean
  /** True for digits and spelled-out numbers, which alignment compares as facts, not as words. */
  numeric: boolean
  /** True for capitalised words not at the start of a sentence, and for acronyms: names. */
  name: boolean
}

/**
 * Stopwords: the `stopword` package's English list (108 words) plus the function words it lacks,
 * and reporting verbs (`said`/`told` say who spoke, which attribution facts compare instead).
 */
const STOPWORDS = new Set([
  ...englishStopwords,
  ...(
    'its she hers herself itself themselves ourselves yourself myself us theirs ours yours mine ' +
    'not no nor none neither either just so yet than whether although though unless until upon ' +
    'within without against among amid across along around behind below beneath beside besides ' +
    'beyond during except inside near off onto outside per since toward towards via whom whose ' +
    'why when ever every few less least lot lots once own rather several such therefore thus ' +
    'also would could may might must shall should will can does did done has had have having ' +
    'according mr mrs ms say says said tell tells told added adding'
  ).split(' '),
])
/** Spelled-out numbers folded to digits, so `five` and `5` compare equal. */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value) => [word, String(value)]),
)

/**
 * Words: letters with inner apostrophes, hyphens or dots (`don't`, `al-Assad`, `U.N.`), or numbers
 * with separators (`400,000`, `2.5`). Each alternative is linear: no nested quantifiers.
 */
const TOKEN_PATTERN = /(?:\p{L}\.){2,}|\d[\d,.]*\d|\d|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/**
 * Splits text into tokens with offsets (plus `offset`, so a segment's tokens can carry document
 * offsets) and comparison keys (stem, stopword, number, name flags).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  let last = 0
  let previous = ''
  const matches = [...text.matchAll(TOKEN_PATTERN)]
  // In a Title Case line every word is read as if it opened a sentence: a name only if no everyday
  // word. In a line set in capitals the same holds, and its words are read as if not in capitals.
  const written = matches.map((match) => match[0])
  const titleCase = isTitleCase(written)
  const shouted = !titleCase && isAllCapitals(written)
  matches.forEach((match, at) => {
    const raw = match[0]
    const start = match.index
    // A title's period (`Mr. Crowe`, `Gen. Dempsey`) opens no sentence, so the name stays a name.
    const opens =
      titleCase ||
      shouted ||
      last === 0 ||
      (opensSentence(text, last, start) &&
        !(text.charAt(last) === '.' && classifyAbbreviation(previous) === 'title'))
    const readAs = shouted || isShoutedOpener(raw, opens, written[at + 1]) ? unshout(raw, WORD_SENSE) : raw
    const token = makeToken(raw, start + offset, opens, readAs)
    last = start + raw.length
    previous = raw
    tokens.push(token)
  })
  return tokens
}

/** What undoing shouting capitals asks of a word. */
const WORD_SENSE: WordSense = {
  isFunctionWord,
  isEveryday: (lower: string) => isCommonWord(keysOfWord(lower).stem),
}

/** A stopword or a negative contraction: a word that carries no content of its own. */
function isFunctionWord(lower: string): boolean {
  return STOPWORDS.has(lower) || lower.endsWith("n't")
}

/** True when the gap between two tokens ends a sentence: a line break, or `. ! ? :` before optional quotes. */
function opensSentence(text: string, from: number, to: number): boolean {
  let at = to - 1
  while (at >= from && /[\s"“”']/.test(text.charAt(at))) {
    if (text.charAt(at) === '\n') return true
    at--
  }
  return at >= from && '.!?:'.includes(text.charAt(at))
}

/** Spelling fold and Porter2 stem of one lower-case word. */
interface WordKeys {
  /** The spelling-folded word. */
  norm: string
  /** Its Porter2 stem. */
  stem: string
}

/** Keys by lower-case word: news reuses a small vocabulary, so memoising saves most folding and stemming. */
const wordKeys = new Map<string, WordKeys>()
/** Bound on the memo so a huge input cannot grow it without limit. */
const WORD_MEMO_SIZE = 50_000

function keysOfWord(lower: string): WordKeys {
  let keys = wordKeys.get(lower)
  if (keys === undefined) {
    const norm = foldSpelling(lower)
    keys = { norm, stem: stemSafely(norm) }
    if (wordKeys.size >= WORD_MEMO_SIZE) wordKeys.clear()
    wordKeys.set(lower, keys)
  }
  return keys
}

/** The Porter2 stem of a lower-case word after spelling folding, as a token of that word gets. */
export function stemOfWord(lower: string): string {
  return keysOfWord(lower).stem
}

/** What a word's spelling alone says about it; `name` still depends on its place in the sentence. */
interface WordReading {
  /** See `Token.norm`. */
  norm: string
  /** See `Token.stem`. */
  stem: string
  /** See `Token.content`. */
  content: boolean
  /** See `Token.numeric`. */
  numeric: boolean
  /** Always a name (an acronym). */
  acronym: boolean
  /** A name unless it opens a sentence and is an everyday word. */
  nameLike: boolean
  /** An everyday word, so a capital at a sentence start does not make it a name. */
  common: boolean
}

/** Readings by word as written: the same words recur, so each is read once. */
const readings = new Map<string, WordReading>()

function readWord(raw: string): WordReading {
  const known = readings.get(raw)
  if (known !== undefined) return known
  let reading: WordReading
  const base = { acronym: false, nameLike: false, common: false }
  if (/^\d/.test(raw)) {
    const value = raw.replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, '')
    reading = { ...base, norm: value, stem: value, content: true, numeric: true }
  } else {
    const letters = raw.replace(/\./g, '')
    const acronym =
      raw.includes('.') ||
      (letters.length >= 2 && letters === letters.toUpperCase() && /\p{L}/u.test(letters))
    const lower = letters
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/'(?:s|re|ve|ll|d|m)$/, '')
    const spelled = NUMBER_WORDS[lower]
    if (spelled !== undefined) {
      reading = { ...base, norm: spelled, stem: spelled, content: true, numeric: true }
    } else {
      const keys = acronym ? { norm: lower, stem: lower } : keysOfWord(lower)
      const stopword = !acronym && isFunctionWord(lower)
      reading = {
        norm: keys.norm,
        stem: keys.stem,
        content: !stopword && lower.length > 1,
        numeric: false,
        acronym,
        nameLike: /^\p{Lu}/u.test(raw) && !stopword,
        common: isCommonWord(keys.stem),
      }
    }
  }
  if (readings.size >= WORD_MEMO_SIZE) readings.clear()
  readings.set(raw, reading)
  return reading
}

/** A token of `raw` as written, its keys read from `readAs` (the word with shouting capitals undone). */
function makeToken(raw: string, start: number, sentenceStart: boolean, readAs = raw): Token {
  const reading = readWord(readAs)
  const name = reading.acronym || (reading.nameLike && (!sentenceStart || !reading.common))
  return {
    text: raw,
    start,
    end: start + raw.length,
    norm: reading.norm,
    stem: reading.stem,
    content: reading.content,
    numeric: reading.numeric,
    name,
  }
}
