import { antonymsOf } from '../lexicon/lexicon.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, sameSlot, sideKeys } from './claim-side.ts'
import type { FactConflict } from './fact-conflicts.ts'

/**
 * Finds opposite wording: one side uses a word whose WordNet antonym the other side uses instead
 * in the same slot (`rose 31 cents` / `fell 38 cents`, `a woman died` / `a man died`), neither side
 * using the other's word; `last year` / `first weekend` share no slot and pass.
 * Reported as kind `other`; like a negation flip it counts only between closely aligned sides.
 */
export function findAntonymFlip(a: ClaimSide, b: ClaimSide): FactConflict | null {
  const stemsA = sideKeys(a).stems
  const stemsB = sideKeys(b).stems
  for (const token of a.tokens) {
    if (!token.content || stemsB.has(token.stem)) continue
    const opposite = antonymsOf(token.stem).find((stem) => stemsB.has(stem) && !stemsA.has(stem))
    const rival = opposite === undefined ? undefined : b.tokens.find((other) => other.stem === opposite)
    if (!rival || !sameSlot(a, token, b, rival)) continue
    const asFact = (text: string, start: number, end: number): Fact => ({
      kind: 'negation',
      key: text,
      text,
      start,
      end,
    })
    return {
      kind: 'other',
      a: asFact(token.text, token.start, token.end),
      b: asFact(rival.text, rival.start, rival.end),
    }
  }
  return null
}
