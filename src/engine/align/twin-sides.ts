import type { ClaimSide } from '../classify/claim-side.ts'
import type { Fact } from '../types.ts'

/**
 * The pairs of a claim's sides worth comparing for differences: every pair except twins, two
 * documents that carry the claim in the same words (wire copy: ten outlets' copies of one sentence
 * make 45 pairs, most of them copies of each other). Twins have the same single segment text and
 * the same facts (values, speakers and dates as resolved in each document) at the same places in
 * it, so comparing them can find no difference; leaving them out keeps every difference and its
 * order. In the order `findDifferences` walks every pair.
 */
export function sidePairsToCompare(sides: readonly ClaimSide[]): [ClaimSide, ClaimSide][] {
  const keys = sides.map(twinSideKey)
  const pairs: [ClaimSide, ClaimSide][] = []
  sides.forEach((left, i) => {
    for (let j = i + 1; j < sides.length; j++) {
      const key = keys[i]
      if (key === null || key !== keys[j]) pairs.push([left, sides[j] as ClaimSide])
    }
  })
  return pairs
}

/** A side's text and facts, with facts at offsets in its segment; null unless it has one segment. */
function twinSideKey(side: ClaimSide): string | null {
  const [segment, ...more] = side.segments
  if (segment === undefined || more.length > 0) return null
  const local = (fact: Fact) => ({
    ...fact,
    start: fact.start - segment.start,
    end: fact.end - segment.start,
  })
  return JSON.stringify([segment.text, side.facts.map(local)])
}
