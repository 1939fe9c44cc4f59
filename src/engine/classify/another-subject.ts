import { sameFactValue } from '../facts/same-fact-value.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * True when the sentences of two names each give a figure the other's lacks: `Hansbrough finished
 * with 20 points and nine rebounds` and `Daye finished with 20 points and eight rebounds` are two
 * players' lines, `Peyton Hillis rushed for 101 yards` and `the Chiefs rushed for over 350 yards`
 * a runner's and his team's. One subject named two ways would come with the same figures; a
 * round-up of a game, a vote or a disaster sets several subjects in one frame, each with its own.
 * Two names that differ along with every figure are two subjects, not rival names of one.
 */
export function figuresOfTwoSubjects(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const figuresX = figuresAround(a, x)
  const figuresY = figuresAround(b, y)
  const own = (figures: Fact[], others: Fact[]) =>
    figures.some((figure) => !others.some((other) => sameFactValue(figure, other)))
  return own(figuresX, figuresY) && own(figuresY, figuresX)
}

/** The numbers of the sentence a fact stands in. */
function figuresAround(side: ClaimSide, fact: Fact): Fact[] {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return []
  return side.facts.filter(
    (other) => other.kind === 'number' && other.start >= segment.start && other.end <= segment.end,
  )
}
