/// <reference path="./wink-porter2-stemmer.d.ts" />
/// <reference path="./stopword.d.ts" />
import { eng as englishStopwords } from 'stopword'
import stem from 'wink-porter2-stemmer'
import { isCommonWord } from '../lexicon/lexicon.ts'
import { foldSpelling } from './fold-spelling.ts'

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

/** Splits text into tokens with offsets and comparison keys (stem, stopword, number, name flags). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let sentenceStart = true
  let last = 0
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0]
    const start = match.index
    const gap = text.slice(last, start)
    if (/[.!?:]\s*["“”']?\s*$/.test(gap) || /\n/.test(gap)) sentenceStart = true
    last = start + raw.length
    tokens.push(makeToken(raw, start, sentenceStart))
    sentenceStart = false
  }
  return tokens
}

/** Spelling fold and Porter2 stem of one lower-case word. */
interface WordKeys {
  norm: string
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
    keys = { norm, stem: stem(norm) }
    if (wordKeys.size >= WORD_MEMO_SIZE) wordKeys.clear()
    wordKeys.set(lower, keys)
  }
  return keys
}

function makeToken(raw: string, start: number, sentenceStart: boolean): Token {
  const end = start + raw.length
  if (/^\d/.test(raw)) {
    const value = raw.replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, '')
    return { text: raw, start, end, norm: value, stem: value, content: true, numeric: true, name: false }
  }
  const letters = raw.replace(/\./g, '')
  const acronym =
    raw.includes('.') || (letters.length >= 2 && letters === letters.toUpperCase() && /\p{L}/u.test(letters))
  const lower = letters
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'(?:s|re|ve|ll|d|m)$/, '')
  const spelled = NUMBER_WORDS[lower]
  if (spelled !== undefined) {
    return { text: raw, start, end, norm: spelled, stem: spelled, content: true, numeric: true, name: false }
  }
  const capitalised = /^\p{Lu}/u.test(raw)
  const keys = acronym ? { norm: lower, stem: lower } : keysOfWord(lower)
  const norm = keys.norm
  const stopword = !acronym && (STOPWORDS.has(lower) || lower.endsWith("n't"))
  const stemmed = keys.stem
  const name = acronym || (capitalised && !stopword && (!sentenceStart || !isCommonWord(stemmed)))
  return {
    text: raw,
    start,
    end,
    norm,
    stem: stemmed,
    content: !stopword && lower.length > 1,
    numeric: false,
    name,
  }
}
