import { isSpaceCode } from './text-range.ts'

const STRAIGHT = 0x22 // "
/** Every double quote mark this module knows; the regex engine skips the text between them. */
const QUOTES = /["“„«”»]/g

/** Characters after which a straight `"` opens a quote rather than closing one. */
function opensAfter(code: number): boolean {
  return (
    isSpaceCode(code) ||
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x2d || // -
    code === 0x2013 || // –
    code === 0x2014 || // —
    code === 0x2f || // /
    code === 0x3a // :
  )
}

/**
 * Finds the double quotes in [start, end) that open and close within the range, as a flat list of
 * offsets `[open0, close0, open1, close1, …]` in text order. A straight `"` opens at the range start or
 * after a space, bracket or dash, and closes otherwise. An opener followed by another opener is left
 * unpaired: it is a quote that runs into the next paragraph (news style repeats the opening mark).
 */
export function pairQuotes(text: string, start: number, end: number): number[] {
  const pairs: number[] = []
  const range = text.slice(start, end)
  let open = -1
  QUOTES.lastIndex = 0
  for (let found = QUOTES.exec(range); found; found = QUOTES.exec(range)) {
    const i = start + found.index
    const code = text.charCodeAt(i)
    let opens: boolean
    if (code === STRAIGHT) opens = i === start || opensAfter(text.charCodeAt(i - 1))
    else if (code === 0x201c || code === 0x201e || code === 0xab)
      opens = true // “ „ «
    else if (code === 0x201d || code === 0xbb)
      opens = false // ” »
    else continue
    if (opens) open = i
    else if (open >= 0) {
      pairs.push(open, i)
      open = -1
    }
  }
  return pairs
}
