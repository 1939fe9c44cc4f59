import { ALIGN_DEFAULTS } from '../defaults.ts'
import { backgroundFrequency, conceptsOf } from '../lexicon/lexicon.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Segment } from '../types.ts'

/** One content word of a segment, weighted for alignment. */
export interface Term {
  /** Porter2 stem of the spelling-folded word. */
  stem: string
  /** WordNet concept ids: two terms sharing one are synonyms or derivations. */
  concepts: readonly number[]
  /** First five letters of a long stem, so `Syria`/`Syrian` and `negotiat`/`negoti` meet. */
  prefix: string
  /** IDF-style weight: rare words and names weigh more. */
  weight: number
}

/** What alignment knows about one comparable (headline or body) segment. */
export interface SegmentProfile {
  /** Position in the list of profiles. */
  index: number
  /** The segment itself. */
  segment: Segment
  /** Input position of the segment's document. */
  docIndex: number
  /** Distinct content terms (numbers excluded: a changed number must not break alignment). */
  terms: Term[]
  /** Stem → term, for fast matching. */
  stems: Map<string, Term>
  /** Concept ids present in the segment. */
  concepts: Set<number>
  /** Prefixes present in the segment. */
  prefixes: Set<string>
  /** Numbers and names: the facts two reports of one claim usually repeat. */
  facts: Set<string>
  /** Sum of term weights. */
  totalWeight: number
}

/** Stems of each segment's distinct content words, before weighting. */
interface Draft {
  /** The segment. */
  segment: Segment
  /** Input position of its document. */
  docIndex: number
  /** Stem → whether any occurrence is a name. */
  words: Map<string, boolean>
  /** Names and `#`-prefixed numbers. */
  facts: Set<string>
}

/**
 * Profiles the segments for alignment. Term weight = background rarity (WordNet/SemCor frequency,
 * a corpus-free IDF prior) blended with rarity within this comparison (classic IDF, Spärck Jones 1972),
 * boosted for names.
 */
export function profileSegments(
  segments: Segment[],
  docIndexOf: (doc: string) => number,
  tokensOf: (segment: Segment) => Token[],
): SegmentProfile[] {
  const drafts: Draft[] = segments.map((segment) => {
    const words = new Map<string, boolean>()
    const facts = new Set<string>()
    for (const token of tokensOf(segment)) {
      if (!token.content) continue
      if (token.numeric) {
        facts.add(`#${token.stem}`)
        continue
      }
      if (token.name) facts.add(token.stem)
      words.set(token.stem, (words.get(token.stem) ?? false) || token.name)
    }
    return { segment, docIndex: docIndexOf(segment.doc), words, facts }
  })
  const documentFrequency = new Map<string, number>()
  for (const draft of drafts) {
    for (const stem of draft.words.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
  }
  const total = drafts.length
  const localShare = total >= 4 ? ALIGN_DEFAULTS.localIdfShare : 0
  return drafts.map((draft, index) => {
    const terms: Term[] = []
    for (const [stem, name] of draft.words) {
      const background = 1 / (1 + ALIGN_DEFAULTS.backgroundScale * backgroundFrequency(stem))
      const local = Math.log((total + 1) / (documentFrequency.get(stem) ?? 1)) / Math.log(total + 1)
      const weight =
        background * (1 - localShare + localShare * local) * (name ? ALIGN_DEFAULTS.nameBoost : 1)
      terms.push({
        stem,
        concepts: conceptsOf(stem),
        prefix: stem.length >= 6 ? stem.slice(0, 5) : '',
        weight,
      })
    }
    const concepts = new Set<number>()
    const prefixes = new Set<string>()
    for (const term of terms) {
      for (const concept of term.concepts) concepts.add(concept)
      if (term.prefix) prefixes.add(term.prefix)
    }
    return {
      index,
      segment: draft.segment,
      docIndex: draft.docIndex,
      terms,
      stems: new Map(terms.map((term) => [term.stem, term])),
      concepts,
      prefixes,
      facts: draft.facts,
      totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
    }
  })
}
