import { ALIGN_DEFAULTS, ALIGN_WEIGHTS } from '../defaults.ts'
import type { SegmentProfile, Term } from './segment-profile.ts'

/** The parts of an alignment score, each 0..1, kept so tests and tuning can see them by name. */
export interface PairScore {
  /** Weighted sum of the parts, 0..1. */
  score: number
  /** Harmonic mean of both coverages. */
  overlap: number
  /** The larger coverage. */
  containment: number
  /** Dice coefficient of the two sides' names and numbers. */
  sharedFacts: number
  /** Smaller over larger total term weight. */
  lengthRatio: number
}

// Read once: this runs for every term of every scored pair.
const { synonymCredit, prefixCredit } = ALIGN_DEFAULTS

/** Credit 0..1 for one term of a finding a counterpart in b: same stem, synonym, or shared prefix. */
function matchCredit(term: Term, other: SegmentProfile): number {
  if (other.stems.has(term.stem)) return 1
  for (const concept of term.concepts) if (other.concepts.has(concept)) return synonymCredit
  if (term.prefix && other.prefixes.has(term.prefix)) return prefixCredit
  return 0
}

/** Share 0..1 of a's term weight that b covers (a soft, IDF-weighted word overlap). */
function coverage(a: SegmentProfile, b: SegmentProfile): number {
  if (a.totalWeight === 0) return 0
  let covered = 0
  for (const term of a.terms) covered += term.weight * matchCredit(term, b)
  return covered / a.totalWeight
}

/**
 * Scores how surely two segments report the same thing: a soft cosine-like word overlap
 * (IDF-weighted, with WordNet synonyms) plus shared facts and a length ratio, by named weights.
 */
export function scorePair(a: SegmentProfile, b: SegmentProfile): PairScore {
  const coverA = coverage(a, b)
  const coverB = coverage(b, a)
  const overlap = coverA + coverB === 0 ? 0 : (2 * coverA * coverB) / (coverA + coverB)
  const containment = Math.max(coverA, coverB)
  let shared = 0
  for (const fact of a.facts) if (b.facts.has(fact)) shared++
  const factCount = a.facts.size + b.facts.size
  // Dice over names and numbers; neutral (the word overlap) when neither side has any.
  const sharedFacts = factCount === 0 ? overlap : (2 * shared) / factCount
  const lengthRatio =
    Math.max(a.totalWeight, b.totalWeight) === 0
      ? 0
      : Math.min(a.totalWeight, b.totalWeight) / Math.max(a.totalWeight, b.totalWeight)
  const score =
    ALIGN_WEIGHTS.overlap * overlap +
    ALIGN_WEIGHTS.containment * containment +
    ALIGN_WEIGHTS.sharedFacts * sharedFacts +
    ALIGN_WEIGHTS.lengthRatio * lengthRatio
  return { score: Math.min(1, Math.max(0, score)), overlap, containment, sharedFacts, lengthRatio }
}
