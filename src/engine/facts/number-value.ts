import { cardinalValue, digitsValue } from './number-words.ts'

/**
 * The value of a number as written in a report (`24`, `1,200`, `five`, `twenty-three`,
 * `38-year-old`), or null when it is not a plain count (`second`, `88-72`).
 */
export function valueOfNumber(text: string): number | null {
  const head =
    text
      .trim()
      .toLowerCase()
      .split(/[\s-](?![a-z]*-?\d)/)[0] ?? ''
  const word = text.trim().toLowerCase()
  const whole = cardinalValue(word)
  if (whole !== null) return whole
  return digitsValue(head.replace(/,/g, '')) ?? cardinalValue(head)
}
