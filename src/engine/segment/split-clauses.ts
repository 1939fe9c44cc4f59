import { isSpaceCode, type TextRange, trimRange } from './text-range.ts'

/** Sentences shorter than this (UTF-16 units) are never split into clauses. */
const MIN_SPLIT_LENGTH = 220
/** Fewest words on each side of a clause break: each part must read as a claim of its own. */
const MIN_CLAUSE_WORDS = 10

/** Counts space-separated words in [start, end). */
function countWords(text: string, start: number, end: number): number {
  let words = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/**
 * Offsets just after each clause break in [start, end): a `;` or a lone spaced dash (` — `, ` – `)
 * followed by a space, outside brackets and quotes. A sentence with two spaced dashes has an aside
 * (— like this —), not two clauses, so then no dash counts.
 */
function findBreaks(text: string, start: number, end: number): number[] {
  const semicolons: number[] = []
  const dashes: number[] = []
  let depth = 0
  let quoted = false
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x28 || code === 0x5b) depth++
    else if ((code === 0x29 || code === 0x5d) && depth > 0) depth--
    else if (code === 0x22) quoted = !quoted
    else if (code === 0x201c) quoted = true
    else if (code === 0x201d) quoted = false
    if (depth > 0 || quoted || !isSpaceCode(text.charCodeAt(i + 1))) continue
    if (code === 0x3b) semicolons.push(i + 1)
    else if ((code === 0x2014 || code === 0x2013) && i > start && isSpaceCode(text.charCodeAt(i - 1))) {
      dashes.push(i - 1)
    }
  }
  const breaks = dashes.length === 1 ? semicolons.concat(dashes) : semicolons
  return breaks.sort((a, b) => a - b)
}

/**
 * Splits a long sentence carrying several claims into clauses at `;` or a lone ` — `, but only where
 * both parts have at least MIN_CLAUSE_WORDS words; otherwise returns the sentence whole. Conservative
 * on purpose: a wrong split costs an alignment, a missed one only a coarser claim. A clause keeps its
 * `;`; a dash goes with the clause after it.
 */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  if (sentence.end - sentence.start < MIN_SPLIT_LENGTH) return [sentence]
  const clauses: TextRange[] = []
  let from = sentence.start
  for (const cut of findBreaks(text, sentence.start, sentence.end)) {
    if (countWords(text, from, cut) < MIN_CLAUSE_WORDS) continue
    if (countWords(text, cut, sentence.end) < MIN_CLAUSE_WORDS) break
    clauses.push(trimRange(text, from, cut))
    from = cut
  }
  clauses.push(trimRange(text, from, sentence.end))
  return clauses
}
