import type { Claim } from '../engine/index.ts'

/**
 * How much nested data one message of claims may carry, in `claimWeight` units. Decoding a
 * message runs on the main thread as one task: ten 5,000-word articles of wire copy give 91 claims
 * of about 95,000 units (7.4 MB as JSON), which took 113 ms to decode in Chromium at once; about
 * 1.3 µs a unit, so a part of this size decodes in about 25 ms, under the 50 ms of a long task.
 */
export const CLAIM_PART_WEIGHT = 20_000

/**
 * About how many objects a claim holds once cloned: its member ids, differences, details, word
 * diff operations and each link's word matches and reasons. Counting them costs nothing next to
 * cloning them, and the decoding time follows the count.
 */
export function claimWeight(claim: Claim): number {
  let weight = 1 + claim.segments.length + claim.differences.length + claim.details.length
  for (const diff of claim.diffs ?? []) weight += diff.ops.length
  for (const link of claim.links ?? []) weight += 3 + link.words.length + link.reasons.length
  return weight
}

/**
 * The claims cut, in order, into parts of at most `budget` units each, so each part is decoded in
 * a short task of its own; a claim heavier than the budget makes a part alone.
 */
export function claimParts(claims: readonly Claim[], budget = CLAIM_PART_WEIGHT): Claim[][] {
  const parts: Claim[][] = []
  let current: Claim[] = []
  let weight = 0
  for (const claim of claims) {
    const own = claimWeight(claim)
    if (current.length > 0 && weight + own > budget) {
      parts.push(current)
      current = []
      weight = 0
    }
    current.push(claim)
    weight += own
  }
  if (current.length > 0) parts.push(current)
  return parts
}
