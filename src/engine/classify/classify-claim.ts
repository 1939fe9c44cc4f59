import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import type { ClaimStatus, Detail, Difference } from '../types.ts'
import type { ClaimSide } from './claim-side.ts'
import { findDetails } from './find-details.ts'
import { findDifferences } from './find-differences.ts'

/** A claim's verdict with the differences and details that justify it. */
export interface Classification {
  /** discrepancy when a typed difference exists, else partial when a side adds details, else agreement. */
  status: ClaimStatus
  /** Typed differences, each with values, spans and an explanation. */
  differences: Difference[]
  /** Information one side adds. */
  details: Detail[]
}

/**
 * Classifies a claim from its sides. Differences come from facts (so equivalent forms, which the
 * fact extractor keys alike, never conflict); a negation flip counts only between sides that
 * overlap strongly, since a loosely aligned pair may negate something else.
 */
export function classifyClaim(
  sides: ClaimSide[],
  texts: Map<string, string>,
  overlap: number,
): Classification {
  const differences = findDifferences(sides).filter(
    (difference) => difference.kind !== 'negation' || overlap >= CLASSIFY_DEFAULTS.negationMinOverlap,
  )
  const details = findDetails(
    sides,
    texts,
    differences.flatMap((difference) => difference.spans ?? []),
  )
  const status: ClaimStatus =
    differences.length > 0 ? 'discrepancy' : details.length > 0 ? 'partial' : 'agreement'
  return { status, differences, details }
}
