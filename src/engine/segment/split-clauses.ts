import { isSpaceCode, type TextRange, trimRange } from './text-range.ts'

/** Sentences shorter than this (UTF-16 units) are never split into clauses. */
const MIN_SPLIT_LENGTH = 220
/** Fewest words on each side of a clause break: each part must read as a claim of its own. */
const MIN_CLAUSE_WORDS = 10

/** A place where a sentence may split into clauses, with the number of words before it. */
interface ClauseBreak {
  /** Offset just after the `;`, or of the space before a dash. */
  at: number
  /** Space-separated words in [sentence start, at). */
  wordsBefore: number
}

/** A sentence without these has no clause break; checking first spares most sentences the scan. */
const BREAK_MARK = /[;–—]/

/** A clause that opens with a conjunction continues a list or the clause before it. */
const LIST_ITEM = /^\s*(?:and|or|nor|not|as well as|plus)\b/iu

function startsListItem(text: string, at: number): boolean {
  return LIST_ITEM.test(text.slice(at, at + 16))
}

/**
 * Finds the clause breaks of [start, end) in one pass, and counts its words: a `;` or a lone spaced
 * dash (` — `, ` – `) followed by a space, outside brackets and quotes. A sentence with two spaced
 * dashes has an aside (— like this —), not two clauses, so then no dash counts; the same goes for a
 * list of several semicolons.
 */
function findBreaks(text: string, start: number, end: number): { breaks: ClauseBreak[]; words: number } {
  const semicolons: ClauseBreak[] = []
  const dashes: ClauseBreak[] = []
  let depth = 0
  let quoted = false
  let words = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    const space = isSpaceCode(code)
    if (!space && !inWord) words++
    inWord = !space
    if (code === 0x28 || code === 0x5b) depth++
    else if ((code === 0x29 || code === 0x5d) && depth > 0) depth--
    else if (code === 0x22) quoted = !quoted
    else if (code === 0x201c) quoted = true
    else if (code === 0x201d) quoted = false
    if (depth > 0 || quoted || i + 1 >= end || !isSpaceCode(text.charCodeAt(i + 1))) continue
    if (code === 0x3b) semicolons.push({ at: i + 1, wordsBefore: words })
    else if ((code === 0x2014 || code === 0x2013) && i > start && isSpaceCode(text.charCodeAt(i - 1))) {
      // The dash opens the next clause: the words before it exclude the dash itself.
      dashes.push({ at: i - 1, wordsBefore: words - 1 })
    }
  }
  // Two or more semicolons make a list ("…; a new review …; and the endorsement …"), not clauses.
  const clauses = semicolons.length === 1 && !startsListItem(text, semicolons[0]?.at ?? end) ? semicolons : []
  const breaks = dashes.length === 1 ? clauses.concat(dashes) : clauses
  return { breaks: breaks.sort((a, b) => a.at - b.at), words }
}

/**
 * Splits a long sentence carrying several claims into clauses at `;` or a lone ` — `, but only where
 * both parts have at least MIN_CLAUSE_WORDS words; otherwise returns the sentence whole. Conservative
 * on purpose: a wrong split costs an alignment, a missed one only a coarser claim. A clause keeps its
 * `;`; a dash goes with the clause after it.
 */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  if (sentence.end - sentence.start < MIN_SPLIT_LENGTH) return [sentence]
  if (!BREAK_MARK.test(text.slice(sentence.start, sentence.end))) return [sentence]
  const clauses: TextRange[] = []
  const { breaks, words } = findBreaks(text, sentence.start, sentence.end)
  let from = sentence.start
  let wordsBeforeFrom = 0
  for (const { at, wordsBefore } of breaks) {
    if (wordsBefore - wordsBeforeFrom < MIN_CLAUSE_WORDS) continue
    if (words - wordsBefore < MIN_CLAUSE_WORDS) break
    clauses.push(trimRange(text, from, at))
    from = at
    wordsBeforeFrom = wordsBefore
  }
  clauses.push(trimRange(text, from, sentence.end))
  return clauses
}
