/// <reference path="../normalize/stopword.d.ts" />
import { eng as englishStopwords } from 'stopword'
import { stemSafely } from '../normalize/stem-word.ts'
import type { Claim, Segment, WordDiff } from '../types.ts'
import type { MarkRange } from './text-marks.ts'

/** A word of a segment with its place and the stem it is compared by. */
interface Word {
  start: number
  end: number
  stem: string
  /** False for function words, which are never marked on their own. */
  content: boolean
}

/** Words and numbers, as the diff splits them (`diff/diff-words.ts`). Linear: no nested quantifiers. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/**
 * Function words: the `stopword` package's English list. The engine's tokenizer knows more, but it
 * brings the WordNet table with it, and this runs on the page's main thread, in the first bundle.
 */
const FUNCTION_WORDS = new Set(englishStopwords)

/** The words of a text with offsets, lower-cased and stemmed. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD_PATTERN)].map((match) => {
    const lower = match[0].toLowerCase()
    return {
      start: match.index,
      end: match.index + match[0].length,
      stem: stemSafely(lower),
      content: !FUNCTION_WORDS.has(lower),
    }
  })
}

/**
 * Ranges of the words that differ in this segment: the content words of its side of the claim's
 * word diffs (deletions on the `from` side, insertions on the `to` side) whose stem the other side
 * does not use anywhere. diff-match-patch's semantic clean-up merges a reworded stretch into one
 * chunk ("The coastguard evacuated a burning ferry" / "A fire broke out on the ferry"), so marking
 * chunks paints whole sentences; a word the other side also says ("ferry") merely moved and is not
 * marked, nor are function words on their own. The first segment of a claim is diffed against
 * every other one (`Claim.diffs`), so its words count as changed only when they differ from all of
 * them. Neighbouring changed words, with the function words between them, make one range. A diff
 * whose text does not rebuild the segment is ignored rather than drawn at the wrong place.
 */
export function changedRanges(claim: Claim, segment: Segment): MarkRange[] {
  const diffs = (claim.diffs ?? []).filter((diff) => diff.from === segment.id || diff.to === segment.id)
  const tokens = wordsOf(segment.text)
  let changed: boolean[] | null = null
  for (const diff of diffs) {
    const inDiff = changedInDiff(diff, segment, tokens)
    if (inDiff) changed = changed ? changed.map((flag, i) => flag && (inDiff[i] ?? false)) : inDiff
  }
  return changed ? joinRuns(tokens, changed) : []
}

/** Which tokens of the segment one diff changes for good, or null when the diff does not rebuild it. */
function changedInDiff(diff: WordDiff, segment: Segment, tokens: Word[]): boolean[] | null {
  const side = diff.from === segment.id ? -1 : 1
  const chunks: [number, number][] = []
  const other: string[] = []
  let position = 0
  for (const [op, text] of diff.ops) {
    if (op !== side) other.push(text)
    if (op === -side) continue
    if (op === side) chunks.push([position, position + text.length])
    position += text.length
  }
  if (position !== segment.text.length) return null
  const otherStems = new Set(wordsOf(other.join('')).map((word) => word.stem))
  return tokens.map(
    (token) =>
      token.content &&
      !otherStems.has(token.stem) &&
      chunks.some(([start, end]) => token.start >= start && token.end <= end),
  )
}

/** Changed tokens as ranges: a run goes on across function words and stops at an unchanged content word. */
function joinRuns(tokens: Word[], changed: boolean[]): MarkRange[] {
  const ranges: MarkRange[] = []
  let open: MarkRange | null = null
  for (const [i, token] of tokens.entries()) {
    if (changed[i]) {
      if (open) open.end = token.end
      else {
        open = { start: token.start, end: token.end, kind: 'changed' }
        ranges.push(open)
      }
    } else if (token.content) open = null
  }
  return ranges
}
