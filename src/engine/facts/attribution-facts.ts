import type { Fact } from '../types.ts'
import type { NameFact } from './name-facts.ts'
import { PERSON_ROLES } from './name-tables.ts'
import { firstWordFrom, isCapitalised, isStopword, stemWord, type Word, wordsInside } from './words.ts'

/** Verbs of saying that attribute a statement to a source. */
const SPEECH_VERBS = new Set(
  (
    'said says say told tells added adds stated announced declared stressed reiterated acknowledged ' +
    'insisted warned noted explained claimed argued asked wrote tweeted urged replied responded confirmed ' +
    'admitted conceded revealed suggested predicted estimated reported'
  ).split(' '),
)

// Words allowed between a source and its verb: `Lavrov has also said`, `Kirby had acknowledged`.
const BETWEEN = new Set(
  'has have had also later previously would will reportedly then again once earlier did does do not never'.split(
    ' ',
  ),
)

// Lowercase words between a body and its spokesperson: `Vancouver police spokesperson Tim Fanning`.
const ROLE_WORDS = new Set([
  'police',
  'department',
  'ministry',
  'office',
  'deputy',
  'press',
  'spokesperson',
  'general',
])

/** Pronouns a caller may resolve to a named source with `resolveSpeakers`. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

interface Source {
  key: string
  start: number
  end: number
  aliases?: string[]
}

/** Names indexed by their start and end offsets, so each look-up is constant time. */
interface NameIndex {
  byStart: ReadonlyMap<number, NameFact>
  byEnd: ReadonlyMap<number, NameFact>
}

/** What every source finder reads: the text, its words, its names and the words inside dates. */
interface Scan {
  text: string
  words: readonly Word[]
  names: NameIndex
  inDate: ReadonlySet<number>
}

function indexNames(names: readonly NameFact[]): NameIndex {
  return {
    byStart: new Map(names.map((name) => [name.start, name])),
    byEnd: new Map(names.map((name) => [name.end, name])),
  }
}

function fromName(name: NameFact): Source {
  const source: Source = { key: name.key, start: name.start, end: name.end }
  if (name.aliases !== undefined) source.aliases = name.aliases
  return source
}

// The source written before a verb: a name, a pronoun, or a noun (`U.N. officials` → the name).
// Whether a word between a source and its verb can be passed over: an auxiliary, an adverb
// (`publicly`), a contraction (`didn't`), or a date (`The company on Tuesday said`).
function passable({ words, inDate }: Scan, j: number): boolean {
  const word = words[j] as Word
  const lower = word.lower
  if (BETWEEN.has(lower) || inDate.has(word.start) || lower.endsWith("n't") || lower.endsWith('n’t'))
    return true
  if (lower.length > 3 && lower.endsWith('ly') && /^\p{Ll}/u.test(word.text)) return true
  return lower === 'on' && inDate.has(words[j + 1]?.start ?? -1)
}

function sourceBefore(scan: Scan, verb: number): Source | null {
  const { text, words, names } = scan
  let j = verb - 1
  while (j >= 0 && passable(scan, j)) j--
  const word = words[j]
  if (word === undefined || /[^\s]/.test(text.slice(word.end, words[j + 1]?.start ?? word.end))) return null
  const name = names.byEnd.get(word.end)
  if (name !== undefined) return fromName(name)
  if (PRONOUNS.has(word.lower)) return { key: word.lower, start: word.start, end: word.end }
  if (isStopword(word.lower) || !/^\p{Ll}+$/u.test(word.lower)) return null
  const owner = words[j - 1] === undefined ? undefined : names.byEnd.get((words[j - 1] as Word).end)
  if (owner !== undefined && text.slice(owner.end, word.start).trim() === '') {
    return { ...fromName(owner), end: word.end }
  }
  return { key: stemWord(word.lower), start: word.start, end: word.end }
}

// How many words a source written after its verb may take to reach the name: `said Iranian Foreign
// Minister Mohammad Javad Zarif`.
const AFTER_REACH = 6

// The source written after: `," said Lavrov`, `according to the State Department`, `said the
// ministry`. Titles, roles and nationality adjectives before the name are passed over.
function sourceAfter(scan: Scan, at: number): Source | null {
  const { text, words, names } = scan
  for (let j = at; j < words.length && j < at + AFTER_REACH; j++) {
    const word = words[j] as Word
    if (j > at && /[^\s]/.test(text.slice((words[j - 1] as Word).end, word.start))) return null
    const name = names.byStart.get(word.start)
    if (name !== undefined && name.demonym !== true) return laterPerson(scan, name) ?? fromName(name)
    if (j === at && PRONOUNS.has(word.lower)) return { key: word.lower, start: word.start, end: word.end }
    if (word.lower === 'the' || isCapitalised(word.text) || PERSON_ROLES.has(word.lower)) continue
    if (isStopword(word.lower) || !/^\p{Ll}+$/u.test(word.lower)) return null
    return { key: stemWord(word.lower), start: word.start, end: word.end }
  }
  return null
}

// `said Vancouver police spokesperson Tim Fanning`: a place or body followed by role words and a
// person's name gives the person.
function laterPerson({ text, words, names }: Scan, first: NameFact): Source | null {
  let roles = 0
  for (let j = firstWordFrom(words, first.end); j > 0 && j < words.length && roles < 3; j++) {
    const word = words[j] as Word
    if (/[^\s]/.test(text.slice((words[j - 1] as Word).end, word.start))) return null
    const name = names.byStart.get(word.start)
    if (name !== undefined) return roles > 0 && name.demonym !== true ? fromName(name) : null
    if (!PERSON_ROLES.has(word.lower) && !ROLE_WORDS.has(word.lower)) return null
    roles++
  }
  return null
}

// After a closing quote the source follows the verb (`," said Lavrov`). After a comma it does only
// when a name closes the clause (`…, said Lavrov.`); otherwise the subject is out of reach (`Kerry,
// who spoke in Davos, said the U.S. would`) and no attribution beats a wrong one.
function sourceAround(scan: Scan, verb: number): Source | null {
  const { text, words } = scan
  const gapBefore = text.slice(words[verb - 1]?.end ?? 0, (words[verb] as Word).start)
  if (/["”]/.test(gapBefore)) return sourceAfter(scan, verb + 1)
  if (!gapBefore.includes(',')) return sourceBefore(scan, verb)
  const after = sourceAfter(scan, verb + 1)
  const closes = /^\s*(?:[.,;:!?]|$)/.test(text.slice(after?.end ?? 0, (after?.end ?? 0) + 8))
  return after?.aliases === undefined || !closes ? null : after
}

function toFact(text: string, source: Source, from: number, to: number): Fact {
  const start = Math.min(source.start, from)
  const end = Math.max(source.end, to)
  const found: Fact = { kind: 'attribution', key: source.key, text: text.slice(start, end), start, end }
  found.speaker = source.key
  if (source.aliases !== undefined) found.aliases = source.aliases
  return found
}

/**
 * Attributions: who a statement comes from (`Lavrov said`, `," said Lavrov`, `according to the
 * State Department`, `U.N. officials said`), keyed like names so both word orders give one key.
 */
export function extractAttributionFacts(
  text: string,
  words: readonly Word[],
  names: readonly NameFact[],
  dates: readonly Fact[] = [],
): Fact[] {
  const scan: Scan = { text, words, names: indexNames(names), inDate: wordsInside(words, dates) }
  const facts: Fact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    if (word.lower === 'according' && words[i + 1]?.lower === 'to') {
      const source = sourceAfter(scan, i + 2)
      if (source !== null) facts.push(toFact(text, source, word.start, word.end))
      continue
    }
    if (!SPEECH_VERBS.has(word.lower)) continue
    const source = sourceAround(scan, i)
    if (source !== null) facts.push(toFact(text, source, word.start, word.end))
  }
  return facts
}
