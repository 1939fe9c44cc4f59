import type { ArticleInput } from '../src/engine/index.ts'
import { createRandom, pick, pickIndex, type Random, shuffle } from './seeded-random.ts'
import { countWords } from './split-sentences.ts'

/** How a bench set is built: `count` articles of about `words` words each. */
export interface SetShape {
  /** Articles in the set. */
  count: number
  /** Words per article, at least (the last sentence may overshoot). */
  words: number
}

/** Share of an article's sentences drawn from the story all articles of the set share. */
const SHARED_SHARE = 0.55
/** Share of shared sentences an article rewords slightly or gives another number. */
const EDITED_SHARE = 0.15
/** Share of new sentences that carry a number, so a changed number has something to change. */
const NUMBER_SHARE = 0.5

/**
 * A deterministic set of articles from real sentences. Each new sentence splices the start of one
 * real sentence onto the end of another, so the set has as many distinct sentences as it needs;
 * articles share a story (sampled and reordered), some shared sentences carry an edit or a
 * changed number, and the rest is unique to each article. Alignment thus has real work to do.
 */
export function buildArticleSet(pool: readonly string[], shape: SetShape, seed: number): ArticleInput[] {
  const random = createRandom(seed)
  const averageWords = pool.reduce((sum, sentence) => sum + countWords(sentence), 0) / pool.length
  const story = Array.from({ length: Math.ceil(shape.words / averageWords) }, () =>
    spliceSentence(random, pool),
  )
  return Array.from({ length: shape.count }, (_, index) => {
    const shared = shuffle(random, story)
    const sentences: string[] = []
    let words = 0
    while (words < shape.words) {
      const fromStory = random() < SHARED_SHARE ? shared.pop() : undefined
      const sentence =
        fromStory === undefined
          ? spliceSentence(random, pool)
          : random() < EDITED_SHARE
            ? editSentence(random, fromStory)
            : fromStory
      sentences.push(sentence)
      words += countWords(sentence)
    }
    const headline = (sentences[0] ?? '')
      .split(' ')
      .slice(0, 8)
      .join(' ')
      .replace(/[.,;:]$/, '')
    return {
      id: `article-${index + 1}`,
      title: headline,
      text: `${headline}\n\n${paragraphs(random, sentences)}`,
    }
  })
}

/** The start of one pool sentence joined to the end of another, sometimes with a number in it. */
function spliceSentence(random: Random, pool: readonly string[]): string {
  const head = pick(random, pool).split(' ')
  const tail = pick(random, pool).split(' ')
  const words = [
    ...head.slice(0, Math.max(3, Math.floor(head.length * (0.4 + random() * 0.3)))),
    ...tail.slice(Math.floor(tail.length * (0.4 + random() * 0.3))),
  ]
  if (random() < NUMBER_SHARE)
    words.splice(1 + pickIndex(random, words.length - 1), 0, String(randomNumber(random)))
  const text = words.join(' ').replace(/[,;:]$/, '')
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`
  return /[.!?]["”’)]*$/.test(sentence) ? sentence : `${sentence}.`
}

/** A small edit: another number where there is one, else one word dropped. */
function editSentence(random: Random, sentence: string): string {
  if (/\d/.test(sentence)) return sentence.replace(/\d[\d,]*/, () => String(randomNumber(random)))
  const words = sentence.split(' ')
  if (words.length > 4) words.splice(1 + pickIndex(random, words.length - 2), 1)
  return words.join(' ')
}

/** A number as news writes it: counts, years, thousands. */
function randomNumber(random: Random): string {
  const kind = pickIndex(random, 3)
  if (kind === 0) return String(2 + pickIndex(random, 98))
  if (kind === 1) return String(1990 + pickIndex(random, 35))
  return (1000 * (1 + pickIndex(random, 900))).toLocaleString('en-US')
}

/** Sentences grouped in paragraphs of 2 to 5, separated by blank lines. */
function paragraphs(random: Random, sentences: string[]): string {
  const groups: string[] = []
  for (let start = 0; start < sentences.length; ) {
    const size = 2 + pickIndex(random, 4)
    groups.push(sentences.slice(start, start + size).join(' '))
    start += size
  }
  return groups.join('\n\n')
}
