import nlp from 'compromise'
import { CLASSIFY_DEFAULTS } from '../defaults.ts'

/** What a phrase is, as compromise's chunker labels it: a noun phrase, a verb group, an adjective, or other. */
export type PhraseKind = 'noun' | 'verb' | 'adjective' | 'other'

/** One word as the tagger read it, at offsets of the document. */
export interface TaggedWord {
  /** UTF-16 offset of the word's first character in the document. */
  start: number
  /** UTF-16 offset one past its last character. */
  end: number
  /** The tagger's part-of-speech tags (`Noun`, `Verb`, `Pronoun`, `Determiner` …). */
  tags: ReadonlySet<string>
  /** The punctuation that follows the word (`, `, `) `). */
  after: string
  /** The word in lower case, as the tagger normalised it. */
  normal: string
  /** The phrase kind of the chunk the word belongs to; `pivot` for prepositions and conjunctions between chunks. */
  chunk: PhraseKind | 'pivot'
}

/** A run of words of one chunk: a noun phrase (`the first step`), a verb group (`don't know`) or an adjective. */
export interface Phrase {
  /** UTF-16 offset of the phrase's first character in the document. */
  start: number
  /** UTF-16 offset one past its last character. */
  end: number
  /** The chunk's kind. */
  kind: PhraseKind
}

/** A segment's words and phrases in text order. */
export interface SegmentGrammar {
  /** Every word the tagger read. */
  words: TaggedWord[]
  /** Consecutive words of one chunk, pivots (prepositions, conjunctions) left out. */
  phrases: Phrase[]
  /** Clause spans: the segment cut at commas, semicolons, dashes and coordinating conjunctions. */
  clauses: { start: number; end: number }[]
}

/** The grammar of a text left untagged: no words, phrases or clauses. */
export const NO_GRAMMAR: SegmentGrammar = { words: [], phrases: [], clauses: [] }

/** compromise's chunk labels, by the kind this module names them. */
const CHUNK_KINDS: Record<string, PhraseKind | 'pivot'> = {
  Noun: 'noun',
  Verb: 'verb',
  Adjective: 'adjective',
  Pivot: 'pivot',
}

/** A term of compromise's document as far as this module reads it (`offset` comes from `compute('offset')`). */
interface CompromiseTerm {
  text: string
  normal: string
  post: string
  tags?: Set<string>
  chunk?: string
  offset?: { start: number; length: number }
}

// The steps `nlp.tokenize` has already run on its text.
const TOKENIZER_STEPS: ReadonlySet<string> = new Set(['alias', 'normal', 'machine', 'contractions'])

/**
 * compromise's steps for a text after its tokenizer's, but its post-tagger: the post-tagger's
 * corrections were 44 % of tagging (0.68 of 1.56 ms a sentence) and moved no figure details are
 * judged by (iSTS unique and extra detail F1 69.2 % and 43.9 % → 69.2 % and 43.7 %, one-word
 * details on 12 ECB+ clusters 141 of 1,205 → 141 of 1,211): the chunker needs parts of speech, not
 * their finest corrections.
 */
const TAGGING_STEPS: string[] = nlp
  .world()
  .hooks.filter((step: string) => step !== 'postTagger' && !TOKENIZER_STEPS.has(step))

/** Punctuation after a word that closes a clause: a comma, semicolon, colon or dash. */
const CLAUSE_BREAK = /[,;:]|\s[-–—]{1,2}\s/

/**
 * Tags and chunks one segment's text with compromise (Kelly, "compromise: modest natural-language
 * processing"), whose chunker groups words into noun phrases, verb groups and the pivots between
 * them: the units a reader takes in as one piece. `offset` is where the text starts in its document.
 */
export function readGrammar(text: string, offset: number): SegmentGrammar {
  return shiftGrammar(tagText(text), offset)
}

/** A grammar read at offsets of its text, moved to where the text starts in its document. */
export function shiftGrammar(grammar: SegmentGrammar, offset: number): SegmentGrammar {
  if (offset === 0 || grammar === NO_GRAMMAR) return grammar
  const shift = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + offset,
    end: span.end + offset,
  })
  return {
    words: grammar.words.map(shift),
    phrases: grammar.phrases.map(shift),
    clauses: grammar.clauses.map(shift),
  }
}

/** compromise's reading of one text, at offsets of the text. */
function tagText(text: string): SegmentGrammar {
  // Tagging costs about a millisecond a sentence; an overlong segment (a page pasted as one line)
  // is left untagged, and its details keep the words of their runs.
  if (text.length > CLASSIFY_DEFAULTS.phraseMaxSegmentChars) return NO_GRAMMAR
  const doc = nlp.tokenize(text)
  doc.compute(TAGGING_STEPS)
  doc.compute('offset')
  const words: TaggedWord[] = (doc.docs.flat() as CompromiseTerm[]).map((term) => {
    const start = term.offset?.start ?? 0
    return {
      start,
      end: start + (term.offset?.length ?? term.text.length),
      tags: term.tags ?? new Set(),
      after: term.post,
      normal: term.normal,
      chunk: CHUNK_KINDS[term.chunk ?? ''] ?? 'other',
    }
  })
  return { words, phrases: phrasesOf(words), clauses: clausesOf(words) }
}

/** Maximal runs of words of one chunk kind; a pivot, a change of kind or a clause break ends a run. */
function phrasesOf(words: readonly TaggedWord[]): Phrase[] {
  const phrases: Phrase[] = []
  let current: Phrase | null = null
  for (const word of words) {
    if (word.chunk === 'pivot') {
      current = null
      continue
    }
    if (current !== null && current.kind === word.chunk && current.kind !== 'other') current.end = word.end
    else {
      current = { start: word.start, end: word.end, kind: word.chunk }
      phrases.push(current)
    }
    if (CLAUSE_BREAK.test(word.after)) current = null
  }
  return phrases
}

/** The words cut into clauses at clause-breaking punctuation and before a coordinating conjunction. */
function clausesOf(words: readonly TaggedWord[]): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = []
  let current: { start: number; end: number } | null = null
  for (const word of words) {
    if (current !== null && word.tags.has('Conjunction') && word.chunk === 'pivot') current = null
    if (current === null) {
      current = { start: word.start, end: word.end }
      clauses.push(current)
    } else current.end = word.end
    if (CLAUSE_BREAK.test(word.after)) current = null
  }
  return clauses
}
