import { antonymsOf } from '../lexicon/lexicon.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, sameSlot, sideKeys, tokensBefore } from './claim-side.ts'
import type { FactConflict } from './fact-conflicts.ts'

/**
 * Finds opposite wording: one side uses a word whose WordNet antonym the other side uses instead
 * in the same slot (`rose 31 cents` / `fell 38 cents`, `a woman died` / `a man died`), neither a
 * possessive (`his former employers' office` names a participant, not `a former employee`), neither
 * side using the other's word and neither negating it (`insufficiently equipped and experienced` is
 * `inexperienced`); `last year` / `first weekend` pass.
 * Reported as kind `other`; like a negation flip it counts only between closely aligned sides.
 */
export function findAntonymFlip(a: ClaimSide, b: ClaimSide): FactConflict | null {
  const stemsA = sideKeys(a).stems
  const stemsB = sideKeys(b).stems
  for (const token of a.tokens) {
    if (!token.content || stemsB.has(token.stem)) continue
    const opposite = antonymsOf(token.stem).find((stem) => stemsB.has(stem) && !stemsA.has(stem))
    const rival = opposite === undefined ? undefined : b.tokens.find((other) => other.stem === opposite)
    if (!rival || !sameSlot(a, token, b, rival) || isPossessive(a, token) || isPossessive(b, rival)) continue
    // A third pole both sides set the word against fixes its sense: `national observers and
    // international experts` / `local observers and international experts` both mean domestic.
    if (antonymsOf(token.stem).some((stem) => stem !== opposite && stemsA.has(stem) && stemsB.has(stem)))
      continue
    if (negatedNear(a, token) || negatedNear(b, rival)) continue
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

// Words that turn the word after them into its opposite: a negated antonym is a paraphrase.
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'insufficiently',
  'hardly',
  'barely',
  'scarcely',
  'without',
])

// How many words before an antonym a negator still reaches (`not well equipped and experienced`).
const NEGATOR_REACH = 4

/** True when a negating word stands among the few words before the token. */
function negatedNear(side: ClaimSide, token: { start: number }): boolean {
  const before = tokensBefore(side, token.start, NEGATOR_REACH)
  return before.some((other) => NEGATORS.has(other.norm))
}

/** True for a possessive (`employers'`, `company's`): it names whose, a participant, not a state that flips. */
function isPossessive(side: ClaimSide, token: { text: string; end: number }): boolean {
  if (/['’]s$/.test(token.text)) return true
  const segment = side.segments.find((candidate) => candidate.start < token.end && token.end <= candidate.end)
  const next = segment?.text.charAt(token.end - segment.start)
  return next === "'" || next === '’'
}
