import type { Segment } from '../types.ts'
import { NO_GRAMMAR, readGrammar, type SegmentGrammar, shiftGrammar } from './read-phrases.ts'

/** Reads segments' grammar for details, each text once, up to a number of texts. */
export interface GrammarBudget {
  /** The segment's words, phrases and clauses; none once the budget is spent. */
  grammarOf(segment: Segment): SegmentGrammar
  /** How many segments were refused once the budget was spent (their details keep their words). */
  refused(): number
}

/**
 * A comparison's phrase tagging: tagging costs about a millisecond a sentence, the largest share
 * of classifying a large cluster, so past `limit` texts the rest keep the words of their runs (the
 * caller reports it as a shortcut). A text is tagged once however many segments repeat it (a wire
 * story's sentence carried word for word by several outlets, a lede repeated as a caption). Texts
 * are tagged in the order claims ask for them, so the same input always gets the same details.
 */
export function grammarBudget(limit: number): GrammarBudget {
  const read = new Map<string, SegmentGrammar>()
  const refusedIds = new Set<string>()
  return {
    grammarOf(segment) {
      let grammar = read.get(segment.text)
      if (grammar === undefined) {
        if (read.size >= limit) {
          refusedIds.add(segment.id)
          return NO_GRAMMAR
        }
        grammar = readGrammar(segment.text, 0)
        read.set(segment.text, grammar)
      }
      return shiftGrammar(grammar, segment.start)
    },
    refused: () => refusedIds.size,
  }
}
