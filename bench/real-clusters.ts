import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleInput } from '../src/engine/index.ts'
import { createRandom, pickIndex, type Random } from './seeded-random.ts'
import type { SetShape } from './synthetic-articles.ts'

/** The real news a cluster is built from: several reports of each event, events in a fixed order. */
export interface EventReports {
  /** Where the text comes from, printed with every figure built from it. */
  label: string
  /** One entry per event (an ECB+ sub-topic): the texts of the articles that report it. */
  events: string[][]
}

/** Share of sentences that get one light edit, so copies of one wire report are not identical. */
const REWORD_SHARE = 0.2
/** Word swaps a copy editor makes without changing a fact. */
const SWAPS: Record<string, string> = {
  said: 'stated',
  says: 'states',
  told: 'informed',
  killed: 'left dead',
  police: 'officers',
  announced: 'revealed',
  reported: 'said',
  after: 'following',
  about: 'around',
  started: 'began',
}
/** Words a copy editor drops without changing a fact. */
const DROPPABLE = new Set(['also', 'reportedly', 'just', 'still', 'now', 'recently', 'very', 'already'])

/**
 * The request lines of `ecbplus-dev/ecbplus-dev.jsonl` in the eval folder (one batch request per
 * ECB+ dev sub-topic) and the file's path; null when the eval data is not there.
 */
export function readEcbRequestLines(evalDir: string): { file: string; lines: string[] } | null {
  const file = join(evalDir, 'ecbplus-dev', 'ecbplus-dev.jsonl')
  if (!existsSync(file)) return null
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
  return { file, lines }
}

/**
 * The ECB+ dev sub-topics (`ecbplus-dev/ecbplus-dev.jsonl` in the eval folder), when that folder
 * exists; else the demo articles, which the project ships, as the one event both report. The eval
 * data is read in place and never copied into the repository (its licence does not allow it).
 */
export function loadEventReports(evalDir: string, demoDir: string): EventReports {
  const ecb = readEcbRequestLines(evalDir)
  if (ecb !== null) {
    const events = ecb.lines.map((line) =>
      (JSON.parse(line) as { articles: Array<{ text: string }> }).articles.map((a) => a.text),
    )
    return { label: `ECB+ dev sub-topics (${ecb.file})`, events }
  }
  const demo = ['aljazeera-2016-01-20-syria-talks-invite-list.txt', 'cnn-2016-01-20-kerry-lavrov-impasse.txt']
  return {
    label: 'the two shipped demo articles, reworded (no ECB+ data found: not a real-cluster figure)',
    events: [demo.map((name) => readFileSync(join(demoDir, name), 'utf8'))],
  }
}

/**
 * `count` articles of about `words` words that report the same events, as outlets covering one
 * running story do. Article i walks the events in order and, for each, takes that event's i-th
 * report (cycling when an event has fewer reports than the set has articles, as syndicated wire
 * copy reappears), lightly reworded with a seed of its own, until it has `words` words. So every
 * article of a set covers the same events in the same order, in other outlets' words.
 */
export function buildRealCluster(reports: EventReports, shape: SetShape, seed: number): ArticleInput[] {
  return Array.from({ length: shape.count }, (_, index) => {
    const random = createRandom(seed * 7919 + index)
    const parts: string[] = []
    let words = 0
    for (let event = 0; words < shape.words; event++) {
      const texts = reports.events[event % reports.events.length] ?? []
      const text = texts[(index + Math.floor(event / reports.events.length)) % texts.length] ?? ''
      const reworded = rewordText(random, text)
      parts.push(reworded)
      words += reworded.split(/\s+/).filter((word) => word !== '').length
    }
    return { id: `outlet-${index + 1}`, text: parts.join('\n\n') }
  })
}

/** Edits about a fifth of the sentences of a text by one swap or one dropped word; facts stay. */
export function rewordText(random: Random, text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[.!?]) /)
        .map((sentence) => (random() < REWORD_SHARE ? rewordSentence(random, sentence) : sentence))
        .join(' '),
    )
    .join('\n')
}

/** One light edit: a word swapped for a synonym, or a droppable word dropped, when it has one. */
function rewordSentence(random: Random, sentence: string): string {
  const words = sentence.split(' ')
  const editable = words.flatMap((word, index) =>
    Object.hasOwn(SWAPS, word) || DROPPABLE.has(word) ? [index] : [],
  )
  if (editable.length === 0) return sentence
  const at = editable[pickIndex(random, editable.length)] ?? 0
  const word = words[at] ?? ''
  if (DROPPABLE.has(word)) words.splice(at, 1)
  else words[at] = SWAPS[word] ?? word
  return words.join(' ')
}
