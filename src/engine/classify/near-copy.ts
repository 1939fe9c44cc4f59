import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf, tokensBefore } from './claim-side.ts'

/**
 * How far two statements are from copies of each other around a pair of differing values: the
 * content words (by stem) of each value's sentence, the values themselves left out, that the other
 * sentence lacks, the larger of the two counts. `0` is a copy with the value changed (what the
 * edited-facts suite builds); a loose pair of one claim, where the "same slot" is a guess, reads
 * many words apart.
 */
export function wordsApart(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): number {
  const wordsX = sentenceStems(a, x)
  const wordsY = sentenceStems(b, y)
  const missing = (from: Set<string>, other: Set<string>) =>
    [...from].filter((stem) => !other.has(stem)).length
  return Math.max(missing(wordsX, wordsY), missing(wordsY, wordsX))
}

/** The stems of the content words of the segment a fact stands in, the fact's own words left out. */
function sentenceStems(side: ClaimSide, fact: Fact): Set<string> {
  const segment = segmentOf(side, fact)
  const from = segment?.start ?? fact.start
  const to = segment?.end ?? fact.end
  const stems = new Set<string>()
  for (const token of side.tokens) {
    if (token.start < from || token.end > to || !token.content) continue
    if (token.start < fact.end && fact.start < token.end) continue
    stems.add(token.stem)
  }
  return stems
}

/** Prepositions that give the noun after them a role: `23 points against the Tar Heels` is not `for the Purple Aces`. */
const ROLE_PREPOSITIONS = new Set([
  'against',
  'for',
  'from',
  'to',
  'into',
  'in',
  'at',
  'on',
  'with',
  'without',
  'by',
  'over',
  'under',
  'near',
  'between',
  'of',
  'toward',
  'towards',
  'across',
  'outside',
  'inside',
  'beside',
  'behind',
])

/**
 * True unless both values follow a preposition (an article between them skipped) and the two
 * prepositions differ: `scored 23 points for the Purple Aces` and `put up 23 points against the
 * Tar Heels` name two parties of one game, in two roles.
 */
export function sameGoverningPreposition(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const before = (side: ClaimSide, fact: Fact) => {
    const earlier = tokensBefore(side, fact.start, 2)
    const words = earlier.map((token) => token.norm)
    const last = words[words.length - 1]
    const word = last === 'the' || last === 'a' || last === 'an' ? words[words.length - 2] : last
    return word !== undefined && ROLE_PREPOSITIONS.has(word) ? word : undefined
  }
  const px = before(a, x)
  const py = before(b, y)
  return px === undefined || py === undefined || px === py
}
