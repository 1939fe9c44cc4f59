import { classifyAbbreviation, isSentenceOpener } from './abbreviations.ts'
import { pairQuotes } from './quote-pairs.ts'
import { isLowerAt, isSpaceCode, isUpperAt, type TextRange, trimRange } from './text-range.ts'

/** Quotes longer than this (UTF-16 units) may split inside: a long quoted passage reads as sentences. */
const MAX_UNSPLIT_QUOTE = 600
/** Longest token examined as a possible abbreviation; a longer one is an ordinary word. */
const MAX_TOKEN = 32
/** Longest word read after an ambiguous abbreviation to decide whether it opens a sentence. */
const MAX_OPENER = 16

/** Sentence-final marks of CJK text, which need no space after them. */
function isCjkTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f // 。！？
}

/** `.`, `?`, `!`, `…` and their CJK forms. */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026 || isCjkTerminator(code)
}

/** Closing quotes and brackets that stay with the sentence they end: `."`, `?)`, `.’`. */
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb
  )
}

/** Opening quotes and brackets, which delimit a token on the left. */
function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab
  )
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** A list marker at the start of a paragraph: `•`, `*`, `-`, `1.`, `2)`, `a.`, followed by a space. */
const LIST_MARKER = /[•·▪◦‣●○■□►▸*\-–—](?=\s)|(?:\d{1,3}|\p{L})[.)](?=\s)|\(\d{1,3}\)(?=\s)/uy

/** Returns the offset after a list marker at `start`, or `start` when there is none. */
function skipListMarker(text: string, start: number, end: number): number {
  LIST_MARKER.lastIndex = start
  return LIST_MARKER.test(text) && LIST_MARKER.lastIndex < end ? LIST_MARKER.lastIndex : start
}

/** The token that ends just before `dot` (back to a space or an opening bracket), or '' if too long. */
function readTokenBefore(text: string, dot: number, start: number): string {
  const limit = Math.max(start, dot - MAX_TOKEN)
  let from = dot
  while (from > limit && !isSpaceCode(text.charCodeAt(from - 1)) && !isOpener(text.charCodeAt(from - 1))) {
    from--
  }
  if (from === limit && from > start && !isSpaceCode(text.charCodeAt(from - 1))) return ''
  return text.slice(from, dot)
}

/** Whether the text at `at` opens a sentence after an ambiguous abbreviation ("U.S. The …"). */
function opensSentence(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at)
  if (isOpener(code)) return true
  if (!isUpperAt(text, at)) return !isDigitCode(code) && !isLowerAt(text, at)
  let to = at + 1
  while (to < end && to - at < MAX_OPENER && !isSpaceCode(text.charCodeAt(to))) to++
  const word = text.slice(at, to).replace(/[^\p{L}]+$/u, '')
  return isSentenceOpener(word)
}

/**
 * Whether the terminators in [mark, afterMarks), then closers up to `afterClosers`, end a sentence,
 * given that the next sentence would start at `next` (after whitespace).
 */
function endsSentence(
  text: string,
  mark: number,
  afterMarks: number,
  afterClosers: number,
  next: number,
  start: number,
  end: number,
): boolean {
  // "Why?" he asked. / e.g. the … / an ellipsis … mid-sentence: a lower-case word continues it.
  if (isLowerAt(text, next)) return false
  if (afterMarks - mark > 1 || text.charCodeAt(mark) !== 0x2e) return true
  if (afterClosers > afterMarks) return true
  const kind = classifyAbbreviation(readTokenBefore(text, mark, start))
  if (kind === 'word') return true
  if (kind === 'title') return false
  if (kind === 'numbered' && isDigitCode(text.charCodeAt(next))) return false
  return opensSentence(text, next, end)
}

function pushTrimmed(ranges: TextRange[], text: string, start: number, end: number): void {
  const range = trimRange(text, start, end)
  if (range.end > range.start) ranges.push(range)
}

/**
 * Splits one paragraph [start, end) of `text` into trimmed sentence ranges in a single linear pass.
 * Together the ranges cover every non-whitespace character of the paragraph. A sentence does not end
 * inside a double quote that closes later in the paragraph, nor after an abbreviation, an initial or
 * a decimal point; see docs/decisions/0001-sentence-splitter.md for why this is not Intl.Segmenter.
 */
export function splitSentences(text: string, start: number, end: number): TextRange[] {
  const ranges: TextRange[] = []
  const quotes = pairQuotes(text, start, end)
  let quote = 0
  let sentenceStart = start
  let i = skipListMarker(text, start, end)
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++
      continue
    }
    let afterMarks = i + 1
    while (afterMarks < end && isTerminator(text.charCodeAt(afterMarks))) afterMarks++
    let afterClosers = afterMarks
    while (afterClosers < end && isCloser(text.charCodeAt(afterClosers))) afterClosers++
    if (afterClosers >= end) break
    // `1.2`, `U.N.-backed`, `example.com`: a mark glued to the next character ends nothing (but 。 does).
    const glued = !isSpaceCode(text.charCodeAt(afterClosers))
    if (glued && !isCjkTerminator(text.charCodeAt(afterMarks - 1))) {
      i = afterClosers
      continue
    }
    let next = afterClosers
    while (next < end && isSpaceCode(text.charCodeAt(next))) next++
    if (next >= end) break
    while (quote < quotes.length && (quotes[quote + 1] ?? end) < afterClosers) quote += 2
    const open = quotes[quote] ?? end
    const inQuote = open < i && (quotes[quote + 1] ?? end) - open <= MAX_UNSPLIT_QUOTE
    if (!inQuote && endsSentence(text, i, afterMarks, afterClosers, next, start, end)) {
      pushTrimmed(ranges, text, sentenceStart, afterClosers)
      sentenceStart = next
    }
    i = next
  }
  pushTrimmed(ranges, text, sentenceStart, end)
  return ranges
}
