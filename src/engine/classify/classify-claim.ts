import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import type { ClaimStatus, Detail, Difference, Segment } from '../types.ts'
import type { ClaimSide } from './claim-side.ts'
import { type DetailRun, phraseDetails } from './detail-phrases.ts'
import { findDetailRuns } from './find-details.ts'
import { findDifferences } from './find-differences.ts'
import type { SegmentGrammar } from './read-phrases.ts'

/** A claim's verdict with the differences and details that justify it. */
export interface Classification {
  /** discrepancy when a typed difference exists, else partial when a side adds substantial details, else agreement. */
  status: ClaimStatus
  /** Typed differences, each with values, spans and an explanation. */
  differences: Difference[]
  /** Information one side adds (minor details may sit on an agreement). */
  details: Detail[]
}

/**
 * Classifies a claim from its sides. Differences come from facts (so equivalent forms, which the
 * fact extractor keys alike, never conflict); a negation flip counts only between sides that
 * overlap strongly, since a loosely aligned pair may negate something else. When a document gives
 * the claim twice (a restatement), `linked` lists the statement pairs to compare instead of whole
 * sides: otherwise its other statement, repeating the value, would hide a changed one.
 */
export function classifyClaim(
  sides: ClaimSide[],
  texts: Map<string, string>,
  overlap: number,
  linked?: readonly (readonly [ClaimSide, ClaimSide])[],
  /** Reads a segment's grammar for its details (a comparison's tagging budget); each call tags anew when absent. */
  grammarOf?: (segment: Segment) => SegmentGrammar,
): Classification {
  const differences = findDifferences(sides, linked, texts).filter(
    (difference) =>
      (difference.kind !== 'negation' && difference.kind !== 'other') ||
      overlap >= CLASSIFY_DEFAULTS.negationMinOverlap,
  )
  const differenceSpans = differences.flatMap((difference) => difference.spans ?? [])
  const { details, kept } = phraseDetails(
    findDetailRuns(sides, differenceSpans),
    texts,
    differenceSpans,
    grammarOf,
  )
  const status: ClaimStatus =
    differences.length > 0 ? 'discrepancy' : isSubstantial(sides, kept) ? 'partial' : 'agreement'
  return { status, differences, details }
}

/**
 * Details make a claim partial when one detail's new words are a clause of its own, or when one
 * side's new words hold a real share of its content words (the words of the phrase around them,
 * which the other sides say too, do not count); a
 * stray word of context (`he added`, `on Thursday`, a lone `2003` or `3km`/`two miles`) stays listed
 * as a detail on an agreement, as paraphrase corpora (MRPC) still judge such pairs equivalent.
 * Numbers count as content words like any other (a lone number once made a claim partial: MRPC
 * agreement accuracy 66.8 % with that rule, 70.7 % without).
 */
function isSubstantial(sides: ClaimSide[], runs: readonly DetailRun[]): boolean {
  return sides.some((side) => {
    const content = side.tokens.filter((token) => token.content)
    let counted = 0
    for (const run of runs) {
      if (run.side !== side) continue
      const { tokens } = run
      // One long addition (`Staffan de Mistura, has slated to convene in Geneva`) is a clause of its own.
      if (tokens.length >= CLASSIFY_DEFAULTS.partialClauseWords) return true
      if (tokens.length >= CLASSIFY_DEFAULTS.partialMinDetailWords) counted += tokens.length
    }
    return content.length > 0 && counted / content.length >= CLASSIFY_DEFAULTS.partialDetailShare
  })
}
