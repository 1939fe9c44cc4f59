import type { Difference, DifferenceKind } from '../types.ts'
import type { ClaimSide } from './claim-side.ts'
import {
  attributionConflicts,
  dateConflicts,
  type FactConflict,
  nameConflicts,
  numberConflicts,
  quoteConflicts,
} from './fact-conflicts.ts'
import { findAntonymFlip } from './antonym-flip.ts'
import { findNegationFlip } from './negation-flip.ts'

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
  const found = [
    ...numberConflicts(a, b),
    ...dateConflicts(a, b),
    ...names,
    ...quoteConflicts(a, b),
    ...attributions,
  ]
  const flip = findNegationFlip(a, b)
  if (flip) found.push(flip)
  const opposite = findAntonymFlip(a, b)
  if (opposite) found.push(opposite)
  return found
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
  if (difference.kind === 'other') {
    const words = sides
      .filter((side) => difference.values[side.doc] !== undefined)
      .map((side) => `${difference.values[side.doc]} in ${side.label}`)
    return `Opposite wording: ${words.join(', ')}`
  }
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
