import DiffMatchPatch from 'diff-match-patch'
import type { ArticleInput } from '../src/engine/index.ts'
import { createRandom, pickIndex } from './seeded-random.ts'
import { splitSentences } from './split-sentences.ts'

/** The baseline's timing: measured on every pair, or on a sample and extrapolated. */
export interface BaselineTiming {
  /** Milliseconds for all cross-document sentence pairs (measured or extrapolated). */
  ms: number
  /** Cross-document sentence pairs in the set. */
  pairs: number
  /** Pairs actually timed. */
  timedPairs: number
  /** True when `ms` is extrapolated from `timedPairs` random pairs. */
  estimated: boolean
}

const dmp = new DiffMatchPatch()
// No timeout: the default 1 s cut-off makes times vary between runs (SETUP-NOTES), and sentences are short.
dmp.Diff_Timeout = 0

/** Similarity 0..1 of two sentences from a character diff: 1 − Levenshtein distance / longer length. */
export function scoreSentencePair(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - dmp.diff_levenshtein(dmp.diff_main(a, b)) / longer
}

/**
 * The naive way to align articles: score every cross-document pair of sentences. When the set has
 * more than `maxPairs` pairs, a seeded random sample of `maxPairs` is timed and the total extrapolated.
 */
export function timeNaiveBaseline(articles: ArticleInput[], maxPairs: number, seed: number): BaselineTiming {
  const docs = articles.map((article) => splitSentences(article.text))
  const docPairs: Array<[string[], string[]]> = []
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) docPairs.push([docs[i] ?? [], docs[j] ?? []])
  }
  const pairs = docPairs.reduce((sum, [a, b]) => sum + a.length * b.length, 0)
  let sink = 0
  const started = performance.now()
  if (pairs <= maxPairs) {
    for (const [a, b] of docPairs) for (const x of a) for (const y of b) sink += scoreSentencePair(x, y)
  } else {
    // Sampling a flat pair index keeps every pair equally likely, whatever the documents' lengths.
    const random = createRandom(seed)
    for (let n = 0; n < maxPairs; n++) {
      let index = pickIndex(random, pairs)
      for (const [a, b] of docPairs) {
        if (index < a.length * b.length) {
          sink += scoreSentencePair(a[Math.floor(index / b.length)] ?? '', b[index % b.length] ?? '')
          break
        }
        index -= a.length * b.length
      }
    }
  }
  const elapsed = performance.now() - started
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the scores from being optimised away')
  const timedPairs = Math.min(pairs, maxPairs)
  return {
    ms: timedPairs === 0 ? 0 : (elapsed * pairs) / timedPairs,
    pairs,
    timedPairs,
    estimated: pairs > maxPairs,
  }
}
