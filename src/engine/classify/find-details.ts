import { ALIGN_DEFAULTS, CLASSIFY_DEFAULTS } from '../defaults.ts'
import { conceptsOf } from '../lexicon/lexicon.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Detail, Fact, TextSpan } from '../types.ts'
import { type ClaimSide, isMatched, type SideKeys, sideKeys } from './claim-side.ts'

/** True when some other side says this token too: same stem, a synonym, or a shared long prefix. */
function isCovered(token: Token, keys: SideKeys): boolean {
  if (keys.stems.has(token.stem)) return true
  if (!token.numeric && conceptsOf(token.stem).some((concept) => keys.concepts.has(concept))) return true
  return (
    ALIGN_DEFAULTS.prefixCredit > 0 && token.stem.length >= 6 && keys.prefixes.has(token.stem.slice(0, 5))
  )
}

/** Kinds of fact that make even a one-word run a detail: a value only one side gives. */
const VALUE_KINDS: ReadonlySet<Fact['kind']> = new Set(['number', 'name', 'date'])

/**
 * True when a whole number, name or date lies inside the run: `Lavrov`, `February` or `5` alone is a
 * fact one side adds, while `Department` left over from `State Department` (the rest of the name
 * said on the other side) or a capitalised opener is a leftover of the word diff.
 */
function holdsFact(side: ClaimSide, run: Token[]): boolean {
  const first = run[0]
  const last = run[run.length - 1]
  if (!first || !last) return false
  // The fact's words all lie in the run (its `$` or `%` may sit outside the tokens).
  const outside = (fact: Fact) =>
    side.tokens.some(
      (token) =>
        token.content &&
        fact.start <= token.start &&
        token.end <= fact.end &&
        (token.start < first.start || token.end > last.end),
    )
  return side.facts.some(
    (fact) => VALUE_KINDS.has(fact.kind) && fact.start < last.end && first.start < fact.end && !outside(fact),
  )
}

/**
 * Finds details: runs of a side's content words that no other side says (in any wording the
 * lexicon knows), within one segment. A run counts when it holds enough content words, or a number
 * or a name (a fact only one side gives). Runs that overlap a difference are the difference, not a detail.
 */
export function findDetails(
  sides: ClaimSide[],
  texts: Map<string, string>,
  differenceSpans: TextSpan[],
): Detail[] {
  const details: Detail[] = []
  for (const side of sides) {
    const otherSides = sides.filter((other) => other !== side)
    const others = otherSides.map(sideKeys)
    // Facts every other side repeats in some form (`U.N.`/`United Nations`, `five`/`5`) cover their words.
    const shared = side.facts.filter((fact) => otherSides.every((other) => isMatched(fact, other)))
    const covered = (token: Token) =>
      others.some((keys) => isCovered(token, keys)) ||
      shared.some((fact) => fact.kind !== 'quote' && fact.start <= token.start && token.end <= fact.end)
    const text = texts.get(side.doc) ?? ''
    for (const segment of side.segments) {
      const tokens = side.tokens.filter((token) => token.start >= segment.start && token.end <= segment.end)
      let run: Token[] = []
      const flush = () => {
        const first = run[0]
        const last = run[run.length - 1]
        run = []
        if (!first || !last) return
        if (
          differenceSpans.some(
            (span) => span.doc === side.doc && span.start < last.end && first.start < span.end,
          )
        )
          return
        details.push({
          doc: side.doc,
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          segment: segment.id,
        })
      }
      const keep = () => run.length >= CLASSIFY_DEFAULTS.detailMinContentWords || holdsFact(side, run)
      for (const token of tokens) {
        if (!token.content) continue
        if (covered(token)) {
          if (keep()) flush()
          run = []
          continue
        }
        run.push(token)
      }
      if (keep()) flush()
    }
  }
  return details
}
