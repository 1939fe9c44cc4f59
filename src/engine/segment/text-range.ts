/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export interface TextRange {
  /** Offset of the first character. */
  start: number
  /** Offset one past the last character. */
  end: number
}

/**
 * Whether a UTF-16 code unit is whitespace exactly as `/\s/` and `String.prototype.trim` define it,
 * so "trimmed" and "covers every non-whitespace character" mean the same thing everywhere.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Narrows [start, end) to exclude leading and trailing whitespace; an all-space range becomes empty. */
export function trimRange(text: string, start: number, end: number): TextRange {
  let from = start
  let to = end
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return { start: from, end: to }
}

const UPPER = /\p{Lu}/uy
const LOWER = /\p{Ll}/uy

/** Whether the code point at `index` is an uppercase letter (any script with case). */
export function isUpperAt(text: string, index: number): boolean {
  UPPER.lastIndex = index
  return UPPER.test(text)
}

/** Whether the code point at `index` is a lowercase letter (any script with case). */
export function isLowerAt(text: string, index: number): boolean {
  LOWER.lastIndex = index
  return LOWER.test(text)
}

/** Counts whitespace-separated words in a text. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

const WORD = /\S+/g
