import type { SegmentRole } from '../types.ts'
import type { TextRange } from './text-range.ts'

/** A segment under construction: its range, role, and whether it may summarise body text. */
export interface DraftSegment extends TextRange {
  /** The role so far. */
  role: SegmentRole
  /** Why it is boilerplate or duplicate. */
  reason?: string
  /** From a bullet or title-like paragraph: compared against body text as a possible summary. */
  summary?: boolean
}

/** Fewest words of a segment that can repeat another: shorter ones ("He said no.") recur innocently. */
const MIN_REPEAT_WORDS = 3
/** Fewest words of a summary bullet checked against the body. */
const MIN_SUMMARY_WORDS = 4
/** Share of a summary's word pairs found in one body segment that makes it a repeat of that segment. */
const MIN_SUMMARY_CONTAINMENT = 0.7
/** Body segments examined per word pair, so text repeating one phrase thousands of times stays linear. */
const MAX_POSTINGS = 64

/**
 * A word: ASCII letters and digits, and anything from Latin-1 letters up, minus general punctuation.
 * Plain ranges instead of `\p{L}` keep the regex cheap to compile and run.
 */
const WORD = /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u2fff\u3001-\ufefe\uff00-\uffff]+/g

/** The lower-case words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

function pairsOf(words: string[]): string[] {
  const pairs: string[] = []
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`)
  return pairs
}

/**
 * Marks later verbatim repeats of a headline or body segment as duplicates. Keyed on the exact text,
 * which is what scraped pages repeat (pull quotes, teasers), and cheap: words are counted only on a hit.
 */
function markExactRepeats(text: string, drafts: DraftSegment[], ids: string[]): void {
  const firstByText = new Map<string, number>()
  // Whether a repeated text is long enough to count, worked out once per text.
  const longEnough = new Map<string, boolean>()
  drafts.forEach((draft, i) => {
    if (draft.role !== 'body' && draft.role !== 'headline') return
    const key = text.slice(draft.start, draft.end)
    const first = firstByText.get(key)
    if (first === undefined) {
      firstByText.set(key, i)
      return
    }
    let long = longEnough.get(key)
    if (long === undefined) {
      long = wordsOf(key).length >= MIN_REPEAT_WORDS
      longEnough.set(key, long)
    }
    if (long) {
      draft.role = 'duplicate'
      draft.reason = `repeats ${ids[first]}`
    }
  })
}

/**
 * Marks summary segments (highlights bullets, teaser titles) whose word pairs mostly occur in one body
 * segment as duplicates of it: "Story highlights" repeat the lede nearly word for word. Word-pair
 * containment tolerates the small edits ("are also at odds") that summaries make.
 */
function markSummaries(text: string, drafts: DraftSegment[], ids: string[]): void {
  const summaries = drafts.filter((draft) => draft.summary && draft.role === 'body')
  if (summaries.length === 0) return
  const postings = new Map<string, number[]>()
  drafts.forEach((draft, i) => {
    if (draft.summary || draft.role !== 'body') return
    for (const pair of new Set(pairsOf(wordsOf(text.slice(draft.start, draft.end))))) {
      const list = postings.get(pair)
      if (!list) postings.set(pair, [i])
      else if (list.length < MAX_POSTINGS) list.push(i)
    }
  })
  for (const summary of summaries) {
    const words = wordsOf(text.slice(summary.start, summary.end))
    if (words.length < MIN_SUMMARY_WORDS) continue
    const pairs = new Set(pairsOf(words))
    const hits = new Map<number, number>()
    for (const pair of pairs) {
      for (const i of postings.get(pair) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1)
    }
    let best = -1
    let bestHits = 0
    for (const [i, count] of hits) {
      if (count > bestHits) [best, bestHits] = [i, count]
    }
    if (best !== -1 && bestHits / pairs.size >= MIN_SUMMARY_CONTAINMENT) {
      summary.role = 'duplicate'
      summary.reason = `repeats body text ${ids[best]}`
    }
  }
}

/** Marks segments that repeat another segment of the same article as duplicates, saying which (in place). */
export function markDuplicates(text: string, drafts: DraftSegment[], ids: string[]): void {
  markExactRepeats(text, drafts, ids)
  markSummaries(text, drafts, ids)
}
