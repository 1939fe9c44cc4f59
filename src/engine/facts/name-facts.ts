import { isCommonWord } from '../lexicon/lexicon.ts'
import {
  isAllCapitals,
  isShoutedName,
  isShoutedOpener,
  isTitleCase,
  type WordSense,
} from '../normalize/title-case.ts'
import { stemOfWord } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { aliasesOf, canonicalName, demonymCountry, normaliseName } from './name-keys.ts'
import {
  COMMON_OPENERS,
  COUNTRIES,
  DOTTED_HONORIFICS,
  NAME_SUFFIXES,
  PARTICLES,
  PERSON_PARTICLES,
  PERSON_ROLES,
  TITLES,
} from './name-tables.ts'
import { CARDINALS } from './number-words.ts'
import { isCapitalised, isStopword, stemWord, stripPossessive, type Word, wordsInside } from './words.ts'

/** A name fact with the hints the classifier may use to ignore weak names. */
export interface NameFact extends Fact {
  /** True for a nationality adjective (`Russian` → `russia`): a hint, not a named party. */
  demonym?: boolean
  /** True when the name is recognisably a person's (after a title or role, or with a particle). */
  person?: boolean
}

// Hyphenated tails that turn a name into an adjective: `Saudi-led`, `Russian-backed`.
const ADJECTIVE_TAIL = /-(?:[a-z]+ed|led|held|run|born|owned|made|style|based|era|wide|linked)$/
const ARABIC_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu|abd)-\p{Lu}/u
const SENTENCE_BREAK = /[.!?:;•\n“]/
// Tokens that are never names, even capitalised: contractions and `No.` (number).
const NEVER_NAMES = new Set(["i'm", "i've", "i'll", "i'd", "it's", "that's", "there's", "let's", 'no', 'nos'])
const COMMON_SUFFIX = /(?:ly|ing|ed|tion|tions|ment|ments|ness|ities|ous|ful|less)$/
// Words that, before `for`/`to`, make the next capitalised word a place: `Envoy for Syria Staffan de Mistura`.
const ROLE_FOR = /^(?:envoy|minister|secretary|ambassador|representative|coordinator|commissioner)$/

function isNameWord(word: Word): boolean {
  return isCapitalised(word.text) || (word.text.indexOf('-') > 0 && ARABIC_PREFIX.test(word.text))
}

function isCountry(word: Word): boolean {
  const name = normaliseName(stripPossessive(word.text))
  return COUNTRIES.has(name) || COUNTRIES.has(canonicalName(name))
}

function isAcronym(text: string): boolean {
  if (text.length < 2 || !isCapitalised(text.slice(1).replaceAll('.', ''))) return false
  const bare = text.replaceAll('.', '')
  return bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare)
}

// Whether a word opens a sentence: nothing but spaces before it, or a sentence break right before
// the spaces. Scans back over whitespace only, so the cost is the gap's length.
function opensSentence(text: string, word: Word): boolean {
  let k = word.start - 1
  while (k >= 0 && /\s/.test(text[k] ?? '')) k--
  if (k < 0 || SENTENCE_BREAK.test(text[k] ?? '')) return true
  if (text[k] !== '"' && text[k] !== '”') return false
  // After a closing quote a new sentence starts only if the quote ended one: `…," Fanning said` is
  // mid-sentence, `…." Fanning said` or an opening quote is not.
  const before = text[k - 1]
  return before === undefined || /[\s.!?]/.test(before)
}

// `Fanning said`: a name before a speech verb is a source, whatever its suffix looks like.
const BEFORE_SPEECH = /^ (?:said|says|told|added|wrote|asked)\b/

// A run of name words joined by single spaces; particles join only between or before name words.
function collectRun(
  text: string,
  words: readonly Word[],
  nameWords: readonly boolean[],
  from: number,
): number {
  let to = from
  for (let i = from + 1; i < words.length; i++) {
    const prev = words[i - 1]
    const word = words[i]
    if (prev === undefined || word === undefined) break
    const gap = text.slice(prev.end, word.start)
    // `Mr. Kerry`, and middle initials: `William H. Rehnquist`.
    const dotted = gap === '. ' && (DOTTED_HONORIFICS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text))
    if (
      (gap !== ' ' && !dotted) ||
      stripPossessive(prev.text) !== prev.text ||
      ADJECTIVE_TAIL.test(prev.text)
    )
      break
    // Title Case headlines: a capitalised function word (`And`, `To`, `Over`) ends the name.
    if (isCapitalised(word.text) && isStopword(word.lower) && !isAcronym(word.text)) break
    if (nameWords[i] === true) to = i
    else if (!(PARTICLES.has(word.lower) && nameWords[i + 1] === true)) break
  }
  return to
}

// Titles grouped by their first word, so most words cost one map look-up.
const TITLES_BY_FIRST: ReadonlyMap<string, string[][]> = TITLES.reduce((byFirst, title) => {
  const first = title[0] ?? ''
  byFirst.set(first, [...(byFirst.get(first) ?? []), title])
  return byFirst
}, new Map<string, string[][]>())

// Ranks that qualify the title after them: `Assistant Attorney General`, `Associate Justice`.
const TITLE_RANKS = new Set(['assistant', 'associate', 'acting', 'deputy', 'interim', 'senior', 'former'])

function titleLength(tokens: readonly Word[], at: number): number {
  const first = tokens[at]?.lower.replaceAll('.', '') ?? ''
  if (TITLE_RANKS.has(first)) {
    const rest = titleLength(tokens, at + 1)
    if (rest > 0) return 1 + rest
  }
  for (const title of TITLES_BY_FIRST.get(first) ?? []) {
    if (title.every((part, k) => tokens[at + k]?.lower.replaceAll('.', '') === part)) return title.length
  }
  return 0
}

interface Piece {
  tokens: Word[]
  person: boolean
}

// Splits a run at titles: `Russian Foreign Minister Sergey Lavrov` → `Russian`, person `Sergey Lavrov`.
function splitAtTitles(tokens: readonly Word[], personBefore: boolean): Piece[] {
  const pieces: Piece[] = []
  let current: Word[] = []
  let person = personBefore
  for (let i = 0; i < tokens.length; ) {
    const length = titleLength(tokens, i)
    if (length > 0) {
      if (current.length > 0) pieces.push({ tokens: current, person })
      current = []
      person = true
      i += length
      continue
    }
    // `UN Syria envoy`: an acronym followed by a country is two parties, not one name.
    const token = tokens[i] as Word
    const previous = current[current.length - 1]
    if (previous !== undefined && current.length === 1 && isAcronym(previous.text) && isCountry(token)) {
      pieces.push({ tokens: current, person: false })
      current = []
    }
    current.push(token)
    i++
  }
  if (current.length > 0) pieces.push({ tokens: current, person })
  return pieces
}

function trimPiece(text: string, piece: Piece): Piece | null {
  const tokens = [...piece.tokens]
  while (tokens.length > 0 && PARTICLES.has(tokens[tokens.length - 1]?.lower ?? '')) tokens.pop()
  while (tokens.length > 0 && tokens[0]?.lower === 'of') tokens.shift()
  const dropped = (token: Word | undefined) =>
    token !== undefined &&
    ((isStopword(token.lower) && !isAcronym(token.text)) || NEVER_NAMES.has(token.lower))
  while (tokens.length > 0 && dropped(tokens[0])) tokens.shift()
  const first = tokens[0]
  if (first !== undefined && !isAcronym(first.text) && opensSentence(text, first)) {
    const lower = stripPossessive(first.lower)
    // A plural everyday noun alone at the start (`Officials`, `Teenagers`) is a sentence opener,
    // unless it names a people (`Syrians`).
    const pluralNoun =
      tokens.length === 1 &&
      lower.endsWith('s') &&
      isCommonWord(stemWord(lower)) &&
      demonymCountry(lower) === null
    const common =
      isStopword(lower) ||
      COMMON_OPENERS.has(lower) ||
      (COMMON_SUFFIX.test(lower) && !BEFORE_SPEECH.test(text.slice(first.end, first.end + 8))) ||
      CARDINALS.has(lower) ||
      pluralNoun
    if (common) tokens.shift()
  }
  if (tokens.length === 1 && !isAcronym(tokens[0]?.text ?? '') && isStopword(tokens[0]?.lower ?? ''))
    return null
  return tokens.length === 0 ? null : { tokens, person: piece.person }
}

function toFact(text: string, piece: Piece): NameFact {
  const first = piece.tokens[0] as Word
  const last = piece.tokens[piece.tokens.length - 1] as Word
  const tail = ADJECTIVE_TAIL.exec(last.text)
  const lastText = tail === null ? stripPossessive(last.text) : last.text.slice(0, tail.index)
  const end = last.start + lastText.length
  const written = text.slice(first.start, end)
  const writtenParts = [...piece.tokens.slice(0, -1).map((token) => token.text), lastText]
  // The key leaves out company and generational suffixes (`Sony Corp.` = `Sony`), unless that is all.
  let keep = writtenParts.length
  while (keep > 1 && NAME_SUFFIXES.has(normaliseName(writtenParts[keep - 1] ?? ''))) keep--
  const parts = writtenParts.slice(0, keep)
  const normalised = normaliseName(parts.join(' '))
  const country = piece.tokens.length === 1 ? demonymCountry(normalised) : null
  const base = { kind: 'name' as const, text: written, start: first.start, end }
  if (country !== null) return { ...base, key: country, aliases: [country, normalised], demonym: true }
  const person = piece.person || parts.some((part) => PERSON_PARTICLES.has(part) || ARABIC_PREFIX.test(part))
  const aliases = aliasesOf(parts, person)
  const fact: NameFact = { ...base, key: canonicalName(normalised), aliases }
  if (person) fact.person = true
  return fact
}

/** What reading a word in shouting capitals asks of it. */
const WORD_SENSE: WordSense = {
  isFunctionWord: isStopword,
  isEveryday: (lower) => isCommonWord(stemOfWord(stripPossessive(lower))),
}

/**
 * Names of people, places and organisations: capitalised runs with particles, titles stripped,
 * sentence-opening common words dropped, each keyed by its canonical form with its aliases.
 */
export function extractNameFacts(text: string, words: readonly Word[], dates: readonly Fact[]): NameFact[] {
  // Words inside date facts (`January`, `Monday`) are not names; `Theresa May` is, as no date took `May`.
  const inDate = wordsInside(words, dates)
  // In a Title Case headline a capital is no evidence: an everyday word there (`Apartment`) is no name.
  // In a line set in capitals neither is a capital, nor are capitals evidence of an acronym, save
  // in short words (`FBI`); a lead-in set in capitals (`SMILING bomber Amrozi`) reads the same way.
  const written = words.map((word) => word.text)
  const titleCase = isTitleCase(written)
  const shouted = !titleCase && isAllCapitals(written)
  const nameWords = words.map((word, at) => {
    if (inDate.has(word.start) || !isNameWord(word)) return false
    if (shouted || isShoutedOpener(word.text, opensSentence(text, word), words[at + 1]?.text)) {
      return isCountry(word) || isShoutedName(word.lower, WORD_SENSE)
    }
    return !titleCase || isAcronym(word.text) || isCountry(word) || !WORD_SENSE.isEveryday(word.lower)
  })
  const facts: NameFact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === undefined) continue
    const startsWithParticle = PERSON_PARTICLES.has(word.lower)
    if (nameWords[i] !== true && !(startsWithParticle && nameWords[i + 1] === true)) {
      continue
    }
    const to = collectRun(text, words, nameWords, i)
    const before = words[i - 1]
    const personBefore = before !== undefined && PERSON_ROLES.has(before.lower)
    const run = words.slice(i, to + 1)
    const pieces: Piece[] = []
    if (
      run.length >= 3 &&
      (before?.lower === 'for' || before?.lower === 'to') &&
      ROLE_FOR.test(words[i - 2]?.lower ?? '')
    ) {
      pieces.push({ tokens: run.splice(0, 1), person: false })
      pieces.push(...splitAtTitles(run, true))
    } else {
      pieces.push(...splitAtTitles(run, personBefore))
    }
    for (const piece of pieces) {
      const trimmed = trimPiece(text, piece)
      if (trimmed !== null) facts.push(toFact(text, trimmed))
    }
    i = to
  }
  return facts
}
