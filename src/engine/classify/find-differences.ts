import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import { sameFactValue } from '../facts/same-fact-value.ts'
import type { Difference, DifferenceKind, Fact } from '../types.ts'
import { findAntonymFlip } from './antonym-flip.ts'
import { attributionConflicts } from './attribution-conflicts.ts'
import { type ClaimSide, wordsOf } from './claim-side.ts'
import {
  dateConflicts,
  type FactConflict,
  nameConflicts,
  numberConflicts,
  sameFactSlot,
} from './fact-conflicts.ts'
import { escapeRegExp, onlyOpensSentences, writtenAsOne } from './names-in-texts.ts'
import { sameGoverningPreposition, wordsApart } from './near-copy.ts'
import { findNegationFlip } from './negation-flip.ts'
import { convertsAlike } from './number-readings.ts'
import { quoteConflicts } from './quote-conflicts.ts'
import { setInTwoPlaces } from './two-places.ts'

/**
 * Finds typed differences between two sides of a claim. A fact conflicts only with a fact that
 * states the same thing (see fact-conflicts.ts); equivalent forms never conflict, because facts
 * compare by `sameFactValue`. A value one side lacks is not a difference: it is a detail.
 */
export function findPairDifferences(a: ClaimSide, b: ClaimSide): FactConflict[] {
  const attributions = attributionConflicts(a, b)
  // A speaker swapped in a quote is one attribution difference, not also a name difference.
  const names = nameConflicts(a, b).filter(
    (name) => !attributions.some((swap) => swap.a.start === name.a.start || swap.b.start === name.b.start),
  )
  // A name that differs as the source of `… said` on both sides is who said it: an attribution.
  // Any other name counts only in a near-copy of its sentence (`CLASSIFY_DEFAULTS.nameMaxWordsApart`).
  const speakers = names
    .map((name) =>
      isSource(a, name.a) && isSource(b, name.b) ? { ...name, kind: 'attribution' as const } : name,
    )
    .filter(
      (name) =>
        name.kind === 'attribution' ||
        (wordsApart(a, name.a, b, name.b) <= CLASSIFY_DEFAULTS.nameMaxWordsApart &&
          sameGoverningPreposition(a, name.a, b, name.b)),
    )
  // Statements set in two places report two events: their counts and dates are not compared.
  const twoEvents = setInTwoPlaces(a, b)
  const values = [...(twoEvents ? [] : [...numberConflicts(a, b), ...dateConflicts(a, b)]), ...speakers]
  // A quote that differs only by a number, date or name already flagged is that one difference.
  const quotes = quoteConflicts(a, b).filter((quote) => !sameButFor(quote, values))
  const found = [...values, ...quotes, ...attributions]
  const flip = findNegationFlip(a, b)
  if (flip) found.push(flip)
  const opposite = twoEvents ? null : findAntonymFlip(a, b)
  if (opposite) found.push(opposite)
  return found
}

/** True when the fact lies inside an attribution of its side (`spokesman John Kirby said`). */
function isSource(side: ClaimSide, fact: Fact): boolean {
  return side.facts.some(
    (other) => other.kind === 'attribution' && other.start <= fact.start && fact.end <= other.end,
  )
}

/** True when two quotes read the same once the conflicting values inside both are blanked out. */
function sameButFor(quote: FactConflict, values: FactConflict[]): boolean {
  const inside = values.filter(
    (value) =>
      quote.a.start <= value.a.start &&
      value.a.end <= quote.a.end &&
      quote.b.start <= value.b.start &&
      value.b.end <= quote.b.end,
  )
  if (inside.length === 0) return false
  const blank = (quote: Fact, facts: Fact[]) => {
    let text = quote.text
    for (const fact of [...facts].sort((x, y) => y.start - x.start)) {
      const from = fact.start - quote.start
      text = `${text.slice(0, from)}\u0000${text.slice(from + fact.end - fact.start)}`
    }
    return wordsOf(text).join(' ')
  }
  return (
    blank(
      quote.a,
      inside.map((value) => value.a),
    ) ===
    blank(
      quote.b,
      inside.map((value) => value.b),
    )
  )
}

/**
 * Finds the typed differences of a claim across all its sides: every pair of sides is compared
 * (or only the `linked` pairs of statements, when given), conflicts of one kind that share a
 * document's value merge into one difference, and a side that repeats one of the conflicting
 * values (in any equivalent form, and in the same slot) is listed with it.
 */
export function findDifferences(
  sides: ClaimSide[],
  linked: readonly (readonly [ClaimSide, ClaimSide])[] = allPairs(sides),
  texts: ReadonlyMap<string, string> = new Map(),
): Difference[] {
  const merged: Entry[] = []
  for (const [left, right] of linked) {
    for (const pair of findPairDifferences(left, right)) {
      if (
        pair.kind === 'name' &&
        (saidTogether(sides, [left, right], pair.a.text, pair.b.text) ||
          writtenAsOne(texts, pair.a.text, pair.b.text) ||
          onlyOpensSentences(texts, pair.a.text) ||
          onlyOpensSentences(texts, pair.b.text))
      )
        continue
      if (pair.kind === 'number' && convertsAlike(sides, pair.a, pair.b)) continue
      let entry = merged.find(
        ({ difference }) =>
          difference.kind === pair.kind &&
          (difference.values[left.doc] === pair.a.text || difference.values[right.doc] === pair.b.text),
      )
      if (!entry) {
        entry = { difference: { kind: pair.kind, values: {}, spans: [] }, facts: [] }
        merged.push(entry)
      }
      addValue(entry, left, pair.a)
      addValue(entry, right, pair.b)
    }
  }
  for (const entry of merged) {
    for (const side of sides) {
      if (entry.difference.values[side.doc] !== undefined || entry.difference.kind === 'negation') continue
      const repeated = side.facts.find((fact) =>
        entry.facts.some(
          (known) => sameFactValue(known.fact, fact) && sameFactSlot(known.side, known.fact, side, fact),
        ),
      )
      if (repeated) addValue(entry, side, repeated)
    }
    entry.difference.explanation = explain(entry.difference, sides)
  }
  return merged.map(({ difference }) => difference)
}

/**
 * True when some side of the claim says both names in one sentence (`San Diego Chargers`, `New
 * Zealand's Aoraki Mount Cook National Park`, `Navy's frigate INS Sukanya`): names an outlet puts
 * together are a team and its city, a park and its country, a ship and its navy, not rival values
 * of one slot. Only a claim of three or more outlets has such a witness beside the pair compared.
 */
function saidTogether(
  sides: readonly ClaimSide[],
  compared: readonly ClaimSide[],
  x: string,
  y: string,
): boolean {
  const has = (text: string, name: string) =>
    new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text)
  return sides.some(
    (side) =>
      !compared.some((one) => one.doc === side.doc) &&
      side.segments.some((segment) => has(segment.text, x) && has(segment.text, y)),
  )
}

/** Every pair of sides, each once. */
function allPairs(sides: readonly ClaimSide[]): [ClaimSide, ClaimSide][] {
  return sides.flatMap((left, i) => sides.slice(i + 1).map((right): [ClaimSide, ClaimSide] => [left, right]))
}

/** A difference being merged, with the facts it lists and their sides. */
interface Entry {
  difference: Difference
  facts: { side: ClaimSide; fact: Fact }[]
}

/** Records one document's value of a difference and where it sits, once per document. */
function addValue(entry: Entry, side: ClaimSide, fact: Fact): void {
  const doc = side.doc
  if (entry.difference.values[doc] !== undefined) return
  entry.difference.values[doc] = fact.text
  entry.difference.spans?.push({ doc, start: fact.start, end: fact.end })
  entry.facts.push({ side, fact })
}

/** The kind as a sentence opener: `Number`, `Date`, and `Wording` for other. */
function kindLabel(kind: DifferenceKind): string {
  return kind === 'other' ? 'Wording' : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`
}

/** One sentence for people: "Number differs: 400,000 in CNN, 40,000 in Al Jazeera". */
function explain(difference: Difference, sides: ClaimSide[]): string {
  if (difference.kind === 'quote') return 'Quote worded differently'
  if (difference.kind === 'other') {
    const words = sides
      .filter((side) => difference.values[side.doc] !== undefined)
      .map((side) => `${difference.values[side.doc]} in ${side.label}`)
    return `Opposite wording: ${words.join(', ')}`
  }
  if (difference.kind === 'negation') {
    const negated = sides
      .filter((side) => ![undefined, 'no negation'].includes(difference.values[side.doc]))
      .map((side) => side.label)
    return `Negated only in ${negated.join(', ')}`
  }
  const values = sides
    .filter((side) => difference.values[side.doc] !== undefined)
    .map((side) => `${difference.values[side.doc]} in ${side.label}`)
  return `${kindLabel(difference.kind)} differs: ${values.join(', ')}`
}
