import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Fact, TextSpan } from '../types.ts'
import { type ClaimSide, isCovered, isMatched, sideKeys } from './claim-side.ts'
import { isInsertion } from './detail-gaps.ts'
import type { DetailRun } from './detail-phrases.ts'

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
 * Whether a run of unsaid words is worth listing: it holds a number, name or date only this side
 * gives; or it is long enough to be a statement of its own; or it is a shorter addition that the
 * other side's wording goes straight past (`UN chief presses` / `UN presses`), where a one-word run
 * that sits in place of other words (`buried` / `killed`) is another wording, not a detail, and so
 * is one that only makes a preposition (`due` of `due to`).
 */
function keepRun(
  side: ClaimSide,
  content: readonly Token[],
  run: Token[],
  last: number,
  otherSides: readonly ClaimSide[],
): boolean {
  if (holdsFact(side, run)) return true
  if (run.length >= CLASSIFY_DEFAULTS.detailMinContentWords) return true
  return (
    run.length >= CLASSIFY_DEFAULTS.insertionMinContentWords &&
    !splitsName(side, run) &&
    !headsPreposition(side, run) &&
    isInsertion(side, content, last - run.length + 1, last, otherSides)
  )
}

/**
 * Words that, with the function word after them, make a preposition (`due to`, `ahead of`): such a
 * word added on one side (`deaths from starvation` / `deaths due to starvation`) is wording, not a
 * detail, the way `according to` is.
 */
const PREPOSITION_HEADS: ReadonlyMap<string, string> = new Map([
  ['due', 'to'],
  ['owing', 'to'],
  ['prior', 'to'],
  ['thanks', 'to'],
  ['ahead', 'of'],
  ['instead', 'of'],
  ['regardless', 'of'],
  ['apart', 'from'],
])

/** True when the one-word run heads a compound preposition: its next word completes it (`due to`). */
function headsPreposition(side: ClaimSide, run: readonly Token[]): boolean {
  const [word] = run
  const completion = run.length === 1 && word !== undefined ? PREPOSITION_HEADS.get(word.norm) : undefined
  if (word === undefined || completion === undefined) return false
  return side.tokens.find((token) => token.start >= word.end)?.norm === completion
}

/** True when the run holds part of a name and not all of it: `Department` of `State Department`. */
function splitsName(side: ClaimSide, run: readonly Token[]): boolean {
  const start = run[0]?.start ?? 0
  const end = run[run.length - 1]?.end ?? 0
  return side.facts.some(
    (fact) =>
      fact.kind === 'name' && fact.start < end && start < fact.end && (fact.start < start || fact.end > end),
  )
}

/**
 * Finds the makings of details: runs of a side's content words that no other side says (in any
 * wording the lexicon knows), within one segment. A run counts when it holds enough content words,
 * or a number or a name (a fact only one side gives). Runs that overlap a difference are the
 * difference, not a detail. `phraseDetails` turns the runs into phrases.
 */
export function findDetailRuns(sides: ClaimSide[], differenceSpans: TextSpan[]): DetailRun[] {
  const runs: DetailRun[] = []
  for (const side of sides) {
    const otherSides = sides.filter((other) => other !== side)
    const others = otherSides.map(sideKeys)
    const own = sideKeys(side)
    // Facts every other side repeats in some form (`U.N.`/`United Nations`, `five`/`5`) cover their words.
    const shared = side.facts.filter((fact) => otherSides.every((other) => isMatched(fact, other)))
    const covered = (token: Token) =>
      others.some((keys) => isCovered(token, keys, own)) ||
      shared.some((fact) => fact.kind !== 'quote' && fact.start <= token.start && token.end <= fact.end)
    for (const segment of side.segments) {
      const content = side.tokens.filter(
        (token) => token.content && token.start >= segment.start && token.end <= segment.end,
      )
      let first = -1
      const flush = (last: number) => {
        const run = content.slice(first, last + 1)
        first = -1
        const start = run[0]?.start
        const end = run[run.length - 1]?.end
        if (start === undefined || end === undefined || !keepRun(side, content, run, last, otherSides)) return
        if (differenceSpans.some((span) => span.doc === side.doc && span.start < end && start < span.end))
          return
        runs.push({ side, segment, tokens: run, fact: holdsFact(side, run) })
      }
      content.forEach((token, at) => {
        if (!covered(token)) {
          if (first < 0) first = at
        } else if (first >= 0) flush(at - 1)
      })
      if (first >= 0) flush(content.length - 1)
    }
  }
  return runs
}
