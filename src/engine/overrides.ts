import type { Claim } from './types.ts'

/**
 * A person's verdict on a claim, which outranks the engine's: `confirmed` keeps the engine's
 * status but marks it checked; `not-same` dissolves the claim; the others force a status.
 */
export type OverrideVerdict = 'confirmed' | 'not-same' | 'discrepancy' | 'agreement'

/**
 * Overrides keyed by `claimKey` (the claim's sorted segment ids), not by claim id: claim ids are
 * renumbered on every run, while the segments a claim holds survive re-alignment.
 */
export type Overrides = Record<string, OverrideVerdict>

/** The stable key an override is stored under for this claim. */
export function claimKey(claim: Pick<Claim, 'segments'>): string {
  return [...claim.segments].sort().join('|')
}
