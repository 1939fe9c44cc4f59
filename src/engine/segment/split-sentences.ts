import { isCjkTerminator, isCloser, isTerminator } from './punctuation.ts'
import { pairQuotes } from './quote-pairs.ts'
import { endsSentence } from './sentence-end.ts'
import { isSpaceCode, type TextRange, trimRange } from './text-range.ts'

/** Quotes longer than this (UTF-16 units) may split inside: a long quoted passage reads as sentences. */
const MAX_UNSPLIT_QUOTE = 600
/** Longest run of punctuation alone that joins the sentence before it (a stray closing quote). */
const MAX_STRAY = 16

const HAS_WORD = /[\p{L}\p{N}]/u
const TERMINATORS = /[.?!…。！？]/g

/** A list marker at the start of a paragraph: `•`, `*`, `-`, `1.`, `2)`, `a.`, followed by a space. */
const LIST_MARKER = /[•·▪◦‣●○■□►▸*\-–—](?=\s)|(?:\d{1,3}|\p{L})[.)](?=\s)|\(\d{1,3}\)(?=\s)/uy

/** Returns the offset after a list marker at `start`, or `start` when there is none. */
function skipListMarker(text: string, start: number, end: number): number {
  LIST_MARKER.lastIndex = start
  return LIST_MARKER.test(text) && LIST_MARKER.lastIndex < end ? LIST_MARKER.lastIndex : start
}

/** Adds a trimmed sentence; a short run of bare punctuation (`I'm not a party girl. "`) joins the one before. */
function pushTrimmed(ranges: TextRange[], text: string, start: number, end: number): void {
  const range = trimRange(text, start, end)
  if (range.end === range.start) return
  const last = ranges[ranges.length - 1]
  const stray = range.end - range.start <= MAX_STRAY && !HAS_WORD.test(text.slice(range.start, range.end))
  if (last && stray) last.end = range.end
  else ranges.push(range)
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
  // The regex engine finds the next terminator natively; only the candidates run through JavaScript.
  const paragraph = text.slice(start, end)
  let i = skipListMarker(text, start, end)
  while (i < end) {
    TERMINATORS.lastIndex = i - start
    const found = TERMINATORS.exec(paragraph)
    if (!found) break
    i = start + found.index
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
    if (!inQuote && endsSentence(text, { mark: i, afterMarks, afterClosers, next }, start, end)) {
      pushTrimmed(ranges, text, sentenceStart, afterClosers)
      sentenceStart = next
    }
    i = next
  }
  pushTrimmed(ranges, text, sentenceStart, end)
  return ranges
}
