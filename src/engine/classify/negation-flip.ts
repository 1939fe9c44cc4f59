import { conceptsOf } from '../lexicon/lexicon.ts'
import type { Fact } from '../types.ts'
import type { ClaimSide } from './claim-side.ts'
import type { PairDifference } from './find-differences.ts'

/** Content words after a negation cue that form its scope (NegEx-style fixed window, Chapman et al. 2001). */
const SCOPE_WORDS = 3

/**
 * Finds a negation flip: one side negates a statement the other makes plainly. The cue's scope
 * (the next few content words) must appear on the plain side, so `did not comment` in one report
 * does not flip an unrelated `discussed plans` in the other.
 */
export function findNegationFlip(a: ClaimSide, b: ClaimSide): PairDifference | null {
  const cuesA = a.facts.filter((fact) => fact.kind === 'negation')
  const cuesB = b.facts.filter((fact) => fact.kind === 'negation')
  if ((cuesA.length === 0) === (cuesB.length === 0)) return null
  const [negated, plain, cues] = cuesA.length > 0 ? [a, b, cuesA] : [b, a, cuesB]
  const cue = cues.find((candidate) => scopeIsShared(candidate, negated, plain))
  const plainSegment = plain.segments[0]
  if (!cue || !plainSegment) return null
  const affirmed: Fact = {
    kind: 'negation',
    key: 'affirmed',
    text: 'no negation',
    start: plainSegment.start,
    end: plainSegment.end,
  }
  return negated === a ? { kind: 'negation', a: cue, b: affirmed } : { kind: 'negation', a: affirmed, b: cue }
}

/** True when most content words in the cue's scope are said on the plain side too. */
function scopeIsShared(cue: Fact, negated: ClaimSide, plain: ClaimSide): boolean {
  const scope = negated.tokens
    .filter((token) => token.start >= cue.end && token.content)
    .slice(0, SCOPE_WORDS)
  if (scope.length === 0) return false
  const stems = new Set(plain.tokens.map((token) => token.stem))
  const concepts = new Set(plain.tokens.flatMap((token) => [...conceptsOf(token.stem)]))
  const shared = scope.filter(
    (token) => stems.has(token.stem) || conceptsOf(token.stem).some((concept) => concepts.has(concept)),
  )
  return shared.length * 2 > scope.length
}
