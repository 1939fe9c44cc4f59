import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import type { Difference, DifferenceKind, Fact } from '../types.ts'
import { type ClaimSide, sameValue, wordsOf } from './claim-side.ts'
import { findNegationFlip } from './negation-flip.ts'

/** A difference between two sides, before differences of several document pairs merge. */
export interface PairDifference {
  kind: DifferenceKind
  a: Fact
  b: Fact
}

/**
 * Finds typed differences between two sides of a claim. A fact conflicts only with a fact that
 * counts the same thing: numbers need the same unit or the same preceding word (same slot); dates
 * the same granularity; quotes the same speaker (when known) and overlapping but different words.
 * A value one side lacks is not a difference: `findDetails` reports it as a detail.
 */
export function findPairDifferences(a: ClaimSide, b: ClaimSide): PairDifference[] {
  const found: PairDifference[] = []
  const unmatched = (side: ClaimSide, other: ClaimSide, kind: Fact['kind']) =>
    side.facts.filter((fact) => fact.kind === kind && !other.facts.some((o) => sameValue(fact, o)))
  const numbersB = unmatched(b, a, 'number')
  for (const number of unmatched(a, b, 'number')) {
    const rival = numbersB.find((other) => sameSlot(number, other, a, b))
    if (rival) found.push({ kind: 'number', a: number, b: rival })
  }
  const datesB = unmatched(b, a, 'date')
  for (const date of unmatched(a, b, 'date')) {
    const rival = datesB.find(
      (other) => granularity(other.key) === granularity(date.key) && granularity(date.key) !== '',
    )
    if (rival) found.push({ kind: 'date', a: date, b: rival })
  }
  for (const quote of unmatched(a, b, 'quote')) {
    const rival = unmatched(b, a, 'quote').find((other) => sameQuoteWorded(quote, other))
    if (rival) found.push({ kind: 'quote', a: quote, b: rival })
  }
  const flip = findNegationFlip(a, b)
  if (flip) found.push(flip)
  const speakersA = a.facts.filter((fact) => fact.kind === 'attribution' && fact.speaker)
  const speakersB = b.facts.filter((fact) => fact.kind === 'attribution' && fact.speaker)
  const first = speakersA[0]
  const second = speakersB[0]
  if (first && second && !speakersA.some((x) => speakersB.some((y) => x.speaker === y.speaker))) {
    found.push({ kind: 'attribution', a: first, b: second })
  }
  return found
}

/** Numbers count the same thing when they share a unit, or when both have none and sit in one slot. */
function sameSlot(a: Fact, b: Fact, sideA: ClaimSide, sideB: ClaimSide): boolean {
  if (a.unit && b.unit) return a.unit === b.unit
  if (a.unit || b.unit) return false
  return precedingWord(a, sideA) !== '' && precedingWord(a, sideA) === precedingWord(b, sideB)
}

function precedingWord(fact: Fact, side: ClaimSide): string {
  let previous = ''
  for (const token of side.tokens) {
    if (token.start >= fact.start) break
    if (token.content) previous = token.stem
  }
  return previous
}

/** Date keys: `2016-01-25` (day), `2016-01` (month), `weekday:3`; only like compares with like. */
function granularity(key: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return 'day'
  if (/^\d{4}-\d{2}$/.test(key)) return 'month'
  if (/^\d{4}$/.test(key)) return 'year'
  return ''
}

/** The same quote worded differently: same speaker when both are known, overlapping words, not a subset. */
function sameQuoteWorded(a: Fact, b: Fact): boolean {
  if (a.speaker && b.speaker && a.speaker !== b.speaker) return false
  const wordsA = new Set(wordsOf(a.key))
  const wordsB = new Set(wordsOf(b.key))
  let shared = 0
  for (const word of wordsA) if (wordsB.has(word)) shared++
  if (shared === wordsA.size || shared === wordsB.size) return false
  return shared / (wordsA.size + wordsB.size - shared) >= CLASSIFY_DEFAULTS.quoteOverlap
}

/** Finds the typed differences of a claim across all its sides, one entry per kind and value set. */
export function findDifferences(sides: ClaimSide[]): Difference[] {
  const differences: Difference[] = []
  const first = sides[0]
  if (!first) return differences
  for (const other of sides.slice(1)) {
    for (const pair of findPairDifferences(first, other)) {
      const existing = differences.find(
        (difference) => difference.kind === pair.kind && difference.values[first.doc] === pair.a.text,
      )
      const target = existing ?? { kind: pair.kind, values: { [first.doc]: pair.a.text }, spans: [] }
      target.values[other.doc] = pair.b.text
      target.spans?.push({ doc: first.doc, start: pair.a.start, end: pair.a.end })
      target.spans?.push({ doc: other.doc, start: pair.b.start, end: pair.b.end })
      if (!existing) differences.push(target)
    }
  }
  for (const difference of differences) {
    const spans = difference.spans ?? []
    difference.spans = spans.filter(
      (span, index) => spans.findIndex((s) => s.doc === span.doc && s.start === span.start) === index,
    )
    difference.explanation = explain(difference, sides)
  }
  return differences
}

/** The kind as a sentence opener: `Number`, `Date`, and `Wording` for other. */
function kindLabel(kind: DifferenceKind): string {
  return kind === 'other' ? 'Wording' : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`
}

/** One sentence for people: "Number differs: 400,000 in CNN, 40,000 in Al Jazeera". */
function explain(difference: Difference, sides: ClaimSide[]): string {
  if (difference.kind === 'quote') return 'Quote worded differently'
  if (difference.kind === 'negation') {
    const negated = sides
      .filter((side) => difference.values[side.doc] !== 'no negation')
      .map((side) => side.label)
    return `Negated only in ${negated.join(', ')}`
  }
  const values = sides
    .filter((side) => difference.values[side.doc] !== undefined)
    .map((side) => `${difference.values[side.doc]} in ${side.label}`)
  return `${kindLabel(difference.kind)} differs: ${values.join(', ')}`
}
