import { sameFactValue } from '../facts/same-fact-value.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, sameWord, segmentOf } from './claim-side.ts'

/**
 * The noun a number counts, read from the words right after it: the first plural of the run of
 * content words that follows it (`three pirate vessels` counts vessels; `26 pirates arrested`
 * counts pirates). English puts a noun that modifies another in the singular before it (`pirate
 * vessels`, `police officers`, `rocket launchers`), and the counted noun after a number above one
 * in the plural, so the first plural is the head. None when the run has no plural (`one ship`,
 * `five people`, `20-point`): the fact's unit then says what is counted, as before.
 */
export function countedNoun(side: ClaimSide, fact: Fact): Token | undefined {
  // A hyphenated measure (`20-point`, `38-year-old`) describes the noun after it: see `owner`.
  if (fact.text.includes('-') || Number(fact.key) <= 1) return undefined
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  let end = fact.end
  let words = 0
  for (const token of side.tokens) {
    if (token.start < fact.end) continue
    if (token.start >= segment.end || words === RUN_WORDS) return undefined
    if (!/^[\s-]*$/.test(segment.text.slice(end - segment.start, token.start - segment.start)))
      return undefined
    if (!token.content || token.numeric) return undefined
    if (isPlural(token)) return token
    words++
    end = token.end
  }
  return undefined
}

/**
 * True when the other side gives the fact's value as a count of the same noun, in any words
 * (`four sentences of life without parole` repeats `four consecutive life sentences without
 * parole`): the value is repeated, though the word after each number, its unit, differs.
 */
export function repeatsCount(side: ClaimSide, fact: Fact, other: ClaimSide): boolean {
  const noun = countedNoun(side, fact)
  if (noun === undefined) return false
  return other.facts.some((candidate) => {
    if (candidate.kind !== 'number' || !sameFactValue(fact, candidate)) return false
    const otherNoun = countedNoun(other, candidate)
    return otherNoun !== undefined && sameWord(noun, otherNoun)
  })
}

// How many words after a number the counted noun may stand (`three Somali pirate skiffs`).
const RUN_WORDS = 4

// Plurals not made with -s that news counts often.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'feet', 'mice', 'geese'])

/** True when a word reads as a plural noun: an irregular plural, or -s but not -ss, -us or -is. */
function isPlural(token: Token): boolean {
  const word = token.norm
  if (IRREGULAR_PLURALS.has(word)) return true
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)
}
