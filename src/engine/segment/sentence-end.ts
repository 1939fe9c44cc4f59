import { classifyAbbreviation, isSentenceOpener } from './abbreviations.ts'
import { isClosingQuote, isDigitCode, isOpener } from './punctuation.ts'
import { isLowerAt, isSpaceCode, isUpperAt } from './text-range.ts'

/** Longest token examined as a possible abbreviation; a longer one is an ordinary word. */
const MAX_TOKEN = 32
/** Longest word read after an ambiguous abbreviation to decide whether it opens a sentence. */
const MAX_OPENER = 16
/** Punctuation that continues a sentence when it follows a terminator and a space. */
const CONTINUATION = new Set([0x2c, 0x3b, 0x3a]) // , ; :
/** How far past a closing quote to look for its attribution ("Howard said"). */
const MAX_ATTRIBUTION = 80

/** A speaker and a speech verb right after a quote: `"Why?" Howard said.`, `… Eyewitness News asked.` */
const ATTRIBUTION =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}?\s+(?:said|says|asked|asks|told|tells|added|adds|tweeted|wrote|writes|recalled|explained|replied|noted|insisted|shouted|yelled|declared|stated|continued|concluded|admitted|warned|thundered|exclaimed|posted)\b/u

/**
 * The token that ends just before the period at `dot`, back to a space, an opening bracket, a hyphen
 * or a slash (`D-W.Va.`, `Wittman/P.J.`), or null when it is too long to be an abbreviation.
 */
function readTokenBefore(text: string, dot: number, start: number): string | null {
  const limit = Math.max(start, dot - MAX_TOKEN)
  let from = dot
  for (; from > limit; from--) {
    const code = text.charCodeAt(from - 1)
    if (isSpaceCode(code) || isOpener(code) || code === 0x2d || code === 0x2f) break
  }
  if (from === limit && from > start) {
    const code = text.charCodeAt(from - 1)
    if (!isSpaceCode(code) && !isOpener(code) && code !== 0x2d && code !== 0x2f) return null
  }
  return text.slice(from, dot)
}

/**
 * Whether the text at `at` opens a sentence after an ambiguous abbreviation ("U.S. The …"). A bracket
 * continues it ("Co. (JCP)", "2:05 p.m. (7:05 p.m.)"), as does a dash; a quote opens one unless a
 * lower-case word follows it.
 */
function opensSentence(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at)
  if (code === 0x28 || code === 0x5b || code === 0x2d || code === 0x2013 || code === 0x2014) return false
  if (isOpener(code)) return at + 1 >= end || !isLowerAt(text, at + 1)
  if (!isUpperAt(text, at)) return !isDigitCode(code) && !isLowerAt(text, at)
  let to = at + 1
  while (to < end && to - at < MAX_OPENER && !isSpaceCode(text.charCodeAt(to))) to++
  const word = text.slice(at, to).replace(/[^\p{L}]+$/u, '')
  return isSentenceOpener(word)
}

/** A boundary candidate: a run of terminators, then closing quotes and brackets, then whitespace. */
export interface BoundaryCandidate {
  /** Offset of the first terminator. */
  mark: number
  /** Offset after the terminators. */
  afterMarks: number
  /** Offset after the closing quotes and brackets. */
  afterClosers: number
  /** Offset of the next non-space character, where a new sentence would start. */
  next: number
}

/**
 * Decides whether a boundary candidate inside the paragraph [start, end) ends a sentence. A lower-case
 * next word continues it ("e.g. the", an ellipsis mid-sentence); a closed quote followed by its
 * speaker and a speech verb continues it; a single period lets the token before it decide.
 */
export function endsSentence(
  text: string,
  candidate: BoundaryCandidate,
  start: number,
  end: number,
): boolean {
  const { mark, afterMarks, afterClosers, next } = candidate
  // No sentence starts with a lower-case word or with `,`, `;`, `:` (tokenised text: "Jr. , wife").
  if (isLowerAt(text, next) || CONTINUATION.has(text.charCodeAt(next))) return false
  let quoteClosed = false
  for (let i = afterMarks; i < afterClosers; i++) quoteClosed ||= isClosingQuote(text.charCodeAt(i))
  if (quoteClosed && ATTRIBUTION.test(text.slice(next, Math.min(end, next + MAX_ATTRIBUTION)))) return false
  if (afterMarks - mark > 1 || text.charCodeAt(mark) !== 0x2e || quoteClosed) return true
  // A single period, perhaps inside a closing bracket ("(N.J.) High School"): the token decides.
  const token = readTokenBefore(text, mark, start)
  if (token === null) return true
  // A period after a space or bracket (". 535", "(.38") is a stray or decimal point, not an end.
  if (token === '') return false
  const kind = classifyAbbreviation(token)
  if (kind === 'word') return true
  if (kind === 'title') return false
  if (kind === 'numbered' && isDigitCode(text.charCodeAt(next))) return false
  return opensSentence(text, next, end)
}
