import type { Fact } from '../types.ts'
import { foldSpelling } from './spelling.ts'
import { isWordChar } from './words.ts'

const OPEN_CURLY = '“'
const CLOSE_CURLY = '”'

/** A quote's words for comparison: lowercase, no punctuation or quote style, US spelling. */
export function quoteKey(inner: string): string {
  // Compatibility decomposition only when needed: it dominates the cost on ASCII text.
  const folded = /[\u0080-\uffff]/.test(inner) ? inner.normalize('NFKD').replace(/\p{M}/gu, '') : inner
  const words: string[] = []
  let start = -1
  const lower = folded.toLowerCase().replaceAll('’', "'")
  for (let i = 0; i <= lower.length; i++) {
    const ch = lower[i]
    // Apostrophes and the dots of `F.T.C.` stay inside a word.
    const inside = isWordChar(lower[i + 1]) || (lower[i + 1] === "'" && isWordChar(lower[i + 2]))
    if ((ch === "'" || ch === '.') && start >= 0 && inside) continue
    if (i < lower.length && isWordChar(ch)) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) words.push(...expandWord(lower.slice(start, i)))
    start = -1
  }
  return words.join(' ').replaceAll('per cent', 'percent')
}

// Contractions a quote may be written with or without: `it's` = `it is`, `we're` = `we are`.
const CONTRACTIONS: readonly [string, string][] = [
  ["n't", ' not'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'m", ' am'],
  ["'d", ' would'],
]
const IS_BEFORE = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'here', 'who', 'where', 'let'])
const IRREGULAR_NOT: ReadonlyMap<string, string> = new Map([
  ["won't", 'will not'],
  ["can't", 'can not'],
  ["shan't", 'shall not'],
  ['cannot', 'can not'],
])

function expandWord(word: string): string[] {
  let plain = IRREGULAR_NOT.get(word) ?? word.replaceAll('.', '')
  if (plain.endsWith("'s")) {
    const base = plain.slice(0, -2)
    plain = IS_BEFORE.has(base) ? (base === 'let' ? 'let us' : `${base} is`) : base
  }
  for (const [short, long] of CONTRACTIONS) {
    if (plain.endsWith(short)) {
      plain = plain.slice(0, -short.length) + long
      break
    }
  }
  return plain
    .replaceAll("'", '')
    .split(' ')
    .filter((part) => part !== '')
    .map(foldSpelling)
}

// A straight quote closes when it follows a non-space and is not followed by a word character.
function looksClosing(text: string, i: number): boolean {
  const before = text[i - 1]
  return before !== undefined && !/\s/.test(before) && !isWordChar(text[i + 1])
}

function pushQuote(facts: Fact[], text: string, start: number, end: number): void {
  const first = text[start]
  const innerStart = first === '"' || first === OPEN_CURLY ? start + 1 : start
  const last = text[end - 1]
  const innerEnd = end > innerStart && (last === '"' || last === CLOSE_CURLY) ? end - 1 : end
  const key = quoteKey(text.slice(innerStart, innerEnd))
  if (key !== '') facts.push({ kind: 'quote', key, text: text.slice(start, end), start, end })
}

// The offset after the last non-space character before `at`; scans only the spaces.
function endBeforeSpaces(text: string, at: number): number {
  let end = at
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--
  return end
}

/**
 * Direct quotes in straight or curly double quotes. A quote left open runs to the end of the text
 * (multi-paragraph quotes leave it open); a closing quote with no opening one starts at the text's
 * start (the segment began inside a quote). Speakers are filled in by `extractFacts`.
 */
export function extractQuoteFacts(text: string): Fact[] {
  const facts: Fact[] = []
  let open = -1
  let first = true
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch !== '"' && ch !== OPEN_CURLY && ch !== CLOSE_CURLY) continue
    const closing = ch === CLOSE_CURLY || (ch === '"' && (open >= 0 || looksClosing(text, i)))
    // Only the text's first quote mark can close a quote opened before the text began: checking
    // later ones too rescanned the prefix at every stray mark (quadratic on a run of quote marks).
    const strayClose = first && closing && open < 0
    first = false
    if (closing && open >= 0) {
      pushQuote(facts, text, open, i + 1)
      open = -1
    } else if (strayClose) {
      pushQuote(facts, text, text.length - text.trimStart().length, i + 1)
    } else if (!closing) {
      // A new opening quote while one is open ends the earlier one: a paragraph break inside a quote.
      if (open >= 0) pushQuote(facts, text, open, endBeforeSpaces(text, i))
      open = i
    }
  }
  if (open >= 0) pushQuote(facts, text, open, text.trimEnd().length)
  return facts
}
