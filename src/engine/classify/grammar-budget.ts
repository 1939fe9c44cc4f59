import type { Segment } from '../types.ts'
import { NO_GRAMMAR, readGrammar, type SegmentGrammar } from './read-phrases.ts'

/** Reads segments' grammar for details, each segment once, up to a number of segments. */
export interface GrammarBudget {
  /** The segment's words, phrases and clauses; none once the budget is spent. */
  grammarOf(segment: Segment): SegmentGrammar
  /** How many segments asked for after the budget was spent (their details keep their words). */
  refused(): number
}

/**
 * A comparison's phrase tagging: tagging costs about a millisecond a sentence, the largest share
 * of classifying a large cluster, so past `limit` segments the rest keep the words of their runs
 * (the caller reports it as a shortcut). Segments are tagged in the order claims ask for them, so
 * the same input always gets the same details.
 */
export function grammarBudget(limit: number): GrammarBudget {
  const read = new Map<string, SegmentGrammar>()
  const refusedIds = new Set<string>()
  return {
    grammarOf(segment) {
      const known = read.get(segment.id)
      if (known !== undefined) return known
      if (read.size >= limit) {
        refusedIds.add(segment.id)
        return NO_GRAMMAR
      }
      const grammar = readGrammar(segment.text, segment.start)
      read.set(segment.id, grammar)
      return grammar
    },
    refused: () => refusedIds.size,
  }
}
