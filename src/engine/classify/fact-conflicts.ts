import { datePrecision, sameDateKey } from '../facts/date-values.ts'
import { GIVEN_NAME_FORMS } from '../facts/name-tables.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { DifferenceKind, Fact } from '../types.ts'
import { figuresOfTwoSubjects } from './another-subject.ts'
import {
  type ClaimSide,
  partyMentions,
  sameFrame,
  sameSlot,
  sameWord,
  tokensBefore,
  unmatchedFacts,
  wordsOf,
} from './claim-side.ts'
import { countedNoun, repeatsCount } from './counted-noun.ts'
import { clockTimesFit, datedNoun, datedSubject, dateRole, sameStampLine, timePhase } from './date-slot.ts'
import { ownedByTwoParties, possessedByTwoParties } from './figure-owner.ts'
import { readingsOfTwoMoments } from './market-moment.ts'
import { abbreviates, mayBeRivalNames } from './name-slot.ts'
import {
  isBrokenFraction,
  isTarget,
  rankAgainstNamed,
  restatesRival,
  restatesValueBefore,
  scopedByNamedList,
  twoNamedScopes,
} from './number-readings.ts'
import { HEDGES, numberSlot, numbersFit, pairedValue, sameBoundKind, sameNumberSlot } from './number-slot.ts'
import { twoPartScopes } from './part-scope.ts'
import { occurrencesLeftOver } from './repeated-values.ts'
import { figuresOfTwoPeriods } from './reporting-period.ts'

/** A conflict between two sides' facts, before conflicts of several document pairs merge. */
export interface FactConflict {
  /** What kind of value conflicts. */
  kind: DifferenceKind
  /** The first side's fact. */
  a: Fact
  /** The second side's fact. */
  b: Fact
}

/**
 * Pairs each unmatched fact of side a with an unmatched fact of side b that states the same
 * thing (`sameThing`), each b fact used once, in text order: a value one side lacks is a detail,
 * not a conflict, and only like is compared with like.
 */
export function pairConflicts(
  kind: Fact['kind'],
  a: ClaimSide,
  b: ClaimSide,
  sameThing: (x: Fact, y: Fact) => boolean,
): FactConflict[] {
  const rivals = unmatchedOccurrences(b, a, kind)
  const conflicts: FactConflict[] = []
  for (const fact of unmatchedOccurrences(a, b, kind)) {
    const rival = rivals.find((candidate) => sameThing(fact, candidate))
    if (!rival) continue
    rivals.splice(rivals.indexOf(rival), 1)
    conflicts.push({ kind: kind === 'negation' ? 'negation' : kind, a: fact, b: rival })
  }
  return conflicts
}

/** Facts the other side lacks, and occurrences of a value said more often here (in text order). */
function unmatchedOccurrences(side: ClaimSide, other: ClaimSide, kind: Fact['kind']): Fact[] {
  const unmatched = unmatchedFacts(side, other, kind)
  const leftOver = occurrencesLeftOver(side, other, kind).filter((fact) => !unmatched.includes(fact))
  return [...unmatched, ...leftOver].sort((x, y) => x.start - y.start)
}

/**
 * Numbers count the same thing with the same known unit, or, with a unit unknown, in the same slot;
 * ranks are compared with ranks only.
 * A value the other side repeats as a count of the same noun is no rival (`repeatsCount`).
 * A number only one side hedges (`about 15 pounds`, `some $65 billion`) is a rounding of the
 * other's exact value when that value rounds to it, so it is no conflict; two exact or two hedged
 * values still conflict on any change (`770`/`767`, `about 4,000`/`about 4,100`).
 */
export function numberConflicts(a: ClaimSide, b: ClaimSide): FactConflict[] {
  return pairConflicts('number', a, b, (x, y) => numbersInOneSlot(a, x, b, y)).filter(
    (conflict) =>
      !repeatsCount(a, conflict.a, b) &&
      !repeatsCount(b, conflict.b, a) &&
      !roundsTo(conflict.a, a, conflict.b, b) &&
      !roundsTo(conflict.b, b, conflict.a, a) &&
      !fitsOnceRead(a, conflict.a, b, conflict.b),
  )
}

/**
 * True when two numbers count or measure one thing: see `numberConflicts`. Two ranks name which
 * one of a series (`the third quarter`, `her second stint`), so they are one slot only in one
 * frame (`sameRankFrame`): a series has many members. Two scores or records are one slot only in
 * one frame: a team has a season's, a road and a home record.
 */
function numbersInOneSlot(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  if (isOrdinal(x) !== isOrdinal(y)) return false
  // A digit run of a fraction whose sign was lost is no value (`41/2` months for `4½`).
  if (isBrokenFraction(a, x) || isBrokenFraction(b, y)) return false
  // A conversion in parentheses of the rival's value (`$US1 million ($1.52 million)`/`$1 million`).
  if (restatesRival(a, x, y) || restatesRival(b, y, x)) return false
  // Shares or counts of two named places are two scopes (`44% with Malaysia`/`82 percent in India`).
  if (twoNamedScopes(a, x, b, y)) return false
  // A whole and one of its parts or a rate (`369 punches`/`68 punches thrown during the round`).
  if (twoPartScopes(a, x, b, y)) return false
  // A total of several named parties is not one party's figure (`40 observers from the UN, the OSCE and the CIS`).
  if (scopedByNamedList(a, x) !== scopedByNamedList(b, y)) return false
  // Two parties' figures in one list (`the Nationals … $160 million, the Orioles … $140 million`).
  if (ownedByTwoParties(a, x, b, y)) return false
  // One party's figure by a possessive against another party's (`Wayne's 41-yard catch`/`Clark scored on a one-yard pass`).
  if (possessedByTwoParties(a, x, b, y)) return false
  // A rank against one opponent is a series of its own (`second victory over Thompson`/`58th victory`).
  if (isOrdinal(x) && rankAgainstNamed(a, x) !== rankAgainstNamed(b, y)) return false
  // A goal is not an outcome (`needed just nine points`/`finished with 20 points`).
  if (isTarget(a, x) !== isTarget(b, y)) return false
  // Two reporting periods (`in the first quarter`/`2003's second fiscal quarter`, the year-ago quarter).
  if (figuresOfTwoPeriods(a, x, b, y)) return false
  // Market readings of two moments (`up 0.4 percent` in the first hour, `up 0.7 percent` at noon).
  if (readingsOfTwoMoments(a, x, b, y)) return false
  const slotX = numberSlot(a, x)
  const slotY = numberSlot(b, y)
  if (isOrdinal(x) && !sameRankFrame(a, x, b, y)) return false
  // A score or record (`10-5`, `4-4 on the road`) is one only in the same words (`the Colts (10-5) join`).
  if (slotX.pair && slotY.pair && !sameFrame(a, x, b, y)) return false
  // Two counted things are two slots (`26 pirates arrested`/`three pirate vessels`), whatever unit
  // the modifier before the head made of them.
  const nounX = countedNoun(a, x)
  const nounY = countedNoun(b, y)
  if (nounX !== undefined && nounY !== undefined && !sameWord(nounX, nounY)) return false
  return (
    sameNumberSlot(slotX, slotY, sameSubject(a, x, b, y)) &&
    (x.unit && y.unit
      ? x.unit === y.unit
      : !x.unit && !y.unit && (sameSlot(a, x, b, y) || sameSubject(a, x, b, y)))
  )
}

/**
 * True when two ranks stand after one word, function words and `late`/`early` skipped (`stopped
 * Rahman in the seventh round`/`in the sixth round`), or one word governs both (`finished third`):
 * `tied the game in the third quarter` and `the key play came in the fourth quarter` are two moments.
 */
function sameRankFrame(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const governorX = numberSlot(a, x).governor
  const governorY = numberSlot(b, y).governor
  if (governorX && governorY) return sameWord(governorX, governorY)
  const before = (side: ClaimSide, fact: Fact) =>
    side.tokens
      .filter((token) => token.end <= fact.start && token.content && !DATE_NEUTRAL.has(token.stem))
      .at(-1)
  const wordX = before(a, x)
  const wordY = before(b, y)
  return wordX !== undefined && wordY !== undefined && sameWord(wordX, wordY)
}

/**
 * True when two facts of one kind fill one slot by the rules the conflicts read: numbers that count
 * one thing, dates of one precision, role and moment. A side that repeats a flagged value is listed
 * with the flag only in that slot: `four people killed` is no witness to `four life sentences`.
 */
export function sameFactSlot(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  // A bound is no repeat of an exact value: `in excess of $160 million` does not say `$160 million`.
  if (x.kind === 'number')
    return numbersInOneSlot(a, x, b, y) && sameBoundKind(numberSlot(a, x), numberSlot(b, y))
  if (x.kind === 'date') return datesInOneSlot(a, x, b, y, false)
  return true
}

/**
 * True when two numbers of one slot agree once read fully: the same measure in other units (`60
 * metres`/`200 feet`), a hedge read as a bound (`more than 100`/`up to 120`, `at least 30`/`30`),
 * a year written short in a pair (`2009-10`/`2009-2010`).
 */
function fitsOnceRead(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  return numbersFit(numberSlot(a, x), pairedValue(a, x), numberSlot(b, y), pairedValue(b, y))
}

/**
 * Whether a number is a rank (`seventh`, `19th`, `second-ranking`): a rank and a count are not
 * rivals (`the second book` of `a four-book series`; `his 19th season` is `19 seasons`).
 */
function isOrdinal(fact: Fact): boolean {
  return fact.key.startsWith('ordinal:')
}

/**
 * True when the second content word before each number is one word, the thing both count, with
 * its verb between (`death toll hits 362`/`death toll climbs to 580`): an updated toll is the
 * discrepancy, not two details.
 */
function sameSubject(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  // Names are skipped: they say where or who (`Zarand, a town of 15,000`/`Zarand, killing 612`),
  // not what is counted.
  const [, subjectX] = plainStemsBefore(a, x.start, 2)
  const [, subjectY] = plainStemsBefore(b, y.start, 2)
  return subjectX !== undefined && subjectX === subjectY
}

/** Stems of the `count` nearest content tokens before `start` that are neither numbers nor names, nearest first. */
function plainStemsBefore(side: ClaimSide, start: number, count: number): string[] {
  return side.tokens
    .filter((token) => token.end <= start && token.content && !token.numeric && !token.name)
    .slice(-count)
    .map((token) => token.stem)
    .reverse()
}

/** True when the side's word right before the fact hedges it (`about 15`). */
function isHedged(fact: Fact, side: ClaimSide): boolean {
  let before: string | undefined
  for (const token of side.tokens) {
    if (token.end > fact.start) break
    before = token.norm
  }
  return before !== undefined && HEDGES.has(before)
}

/**
 * True when `hedged` (hedged on its side) is `exact` (not hedged on its side) rounded at the
 * hedged value's last significant digit, and within a tenth of it: `about 15`/`14.7`,
 * `some $65 billion`/`$64.7 billion`, not `about 4,000`/`3,500`.
 */
function roundsTo(hedged: Fact, hedgedSide: ClaimSide, exact: Fact, exactSide: ClaimSide): boolean {
  if (!isHedged(hedged, hedgedSide) || isHedged(exact, exactSide)) return false
  const h = Number(hedged.key)
  const e = Number(exact.key)
  if (!Number.isFinite(h) || !Number.isFinite(e) || h === 0) return false
  const digits = /^-?\d+/.exec(hedged.key)?.[0] ?? ''
  if (hedged.key !== digits) return false
  const step = 10 ** (digits.length - digits.replace(/0+$/, '').length)
  return Math.round(e / step) * step === h && Math.abs(e - h) <= Math.abs(h) / 10
}

/**
 * Dates conflict when they cannot be the same day (`sameDateKey`), have one precision and one role
 * (`dateRole`: the event, the statement, or the page's own stamp), and state the same thing: in one
 * slot, or as the only unmatched date on each side (`Tuesday`/`next week` are two different times
 * mentioned, not one time reported differently). Clock times that fit once a hedge is read do not.
 */
export function dateConflicts(a: ClaimSide, b: ClaimSide): FactConflict[] {
  const only = unmatchedFacts(a, b, 'date').length === 1 && unmatchedFacts(b, a, 'date').length === 1
  return pairConflicts(
    'date',
    a,
    b,
    (x, y) => !sameDateKey(x.key, y.key) && datesInOneSlot(a, x, b, y, only),
  ).filter((conflict) => !clockTimesFit(a, conflict.a, b, conflict.b))
}

/**
 * True when two dates date one thing: one precision and role, and the same telling word beside
 * them, or (`loose`, when each is its side's only unmatched date) a content word in common nearby.
 */
function datesInOneSlot(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact, loose: boolean): boolean {
  // A time in another zone in parentheses restates the one before it (`4 p.m. local time (1100 GMT)`).
  if (restatesValueBefore(a, x) || restatesValueBefore(b, y)) return false
  // A time a count was read at (`as of 4 p.m.`) or a start (`began to vote at 8 am`) is its own moment.
  if (timePhase(a, x) !== timePhase(b, y)) return false
  // `the March 11, 2005, incident`, `the December 6 killing` date the noun they stand before.
  const nounX = datedNoun(a, x)
  const nounY = datedNoun(b, y)
  if ((nounX !== undefined || nounY !== undefined) && nounX?.stem !== nounY?.stem) return false
  // One verb dated for two subjects (`a vigil is planned for Sunday`/`demonstrations are planned
  // for Monday`) dates two moments.
  const subjectX = datedSubject(a, x)
  const subjectY = datedSubject(b, y)
  if (subjectX !== undefined && subjectY !== undefined && !sameWord(subjectX, subjectY)) return false
  return (
    datePrecision(x.key) === datePrecision(y.key) &&
    sameDateRole(a, x, b, y) &&
    ((loose && sameContext(a, x, b, y)) || sameDateSlot(a, x, b, y))
  )
}

/**
 * True when two dates date the same kind of thing: both the event or both the statement about it;
 * a page's own timestamp (`posted on Friday`, a dateline) is a rival only of the same line's date.
 */
function sameDateRole(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const role = dateRole(a, x)
  if (role !== dateRole(b, y)) return false
  return role !== 'stamp' || sameStampLine(a, x, b, y)
}

/** Content words on each side of a date that tell what it dates; two suffice (`went on trial Wednesday`). */
const DATE_CONTEXT_WORDS = 2

/**
 * True when two dates date the same thing: a content word near one is near the other too, and
 * not another telling word right before each. A claim may join sentences that report one event's different moments (`went on trial Wednesday`,
 * `was convicted Tuesday`), and their dates are two moments, not one reported differently. A date
 * with no content words near it on either side has nothing to tell it apart, and counts as same.
 */
function sameContext(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  // Two different words right before the dates (`resumed Monday`/`halted on Sunday`) date two moments.
  const [beforeX] = telling(a, x)
  const [beforeY] = telling(b, y)
  if (beforeX !== undefined && beforeY !== undefined && beforeX !== beforeY) return false
  const aroundX = plainStemsAround(a, x.start, x.end)
  const aroundY = plainStemsAround(b, y.start, y.end)
  return aroundX.length === 0 || aroundY.length === 0 || aroundX.some((stem) => aroundY.includes(stem))
}

// Words that sit near any date of a story and say nothing about which moment it dates.
// Parts of a day (`Saturday night`, `Sunday evening`) belong to every day alike.
const DATE_NEUTRAL = new Set([
  'alleg',
  'reportedli',
  'appar',
  'polic',
  'offici',
  'later',
  'earli',
  'late',
  'morn',
  'afternoon',
  'even',
  'night',
  'overnight',
])

/**
 * True when two dates have the same telling word right before them, or right after them
 * (`identified the victim on Wednesday`/`on Thursday`), names and neutral words skipped.
 */
function sameDateSlot(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const [beforeX, afterX] = telling(a, x)
  const [beforeY, afterY] = telling(b, y)
  return (beforeX !== undefined && beforeX === beforeY) || (afterX !== undefined && afterX === afterY)
}

/** The nearest telling stem before and after a date (see `plainStemsAround`). */
function telling(side: ClaimSide, fact: Fact): [string | undefined, string | undefined] {
  const isTelling = (token: Token) =>
    token.content && !token.numeric && !token.name && !DATE_NEUTRAL.has(token.stem)
  const before = tokensBefore(side, fact.start, DATE_SLOT_REACH)
  const after = side.tokens.filter((token) => token.start >= fact.end).slice(0, DATE_SLOT_REACH)
  return [before.filter(isTelling).at(-1)?.stem, after.find(isTelling)?.stem]
}

// How many words away from a date its telling word may stand (`on Thursday as Ann Cole`).
const DATE_SLOT_REACH = 3

/**
 * Content stems near a date that can tell what it dates: names (`Vincent Jackson` near both the
 * arrest and the game) and words such as `allegedly` or `police` near any moment are left out.
 */
function plainStemsAround(side: ClaimSide, start: number, end: number): string[] {
  // Words of the date's own sentence only: the next sentence's first words date nothing of it.
  const segment = side.segments.find((candidate) => candidate.start <= start && end <= candidate.end)
  const words = side.tokens.filter(
    (token) =>
      token.content &&
      !token.numeric &&
      (segment === undefined || (token.start >= segment.start && token.end <= segment.end)),
  )
  const before = words.filter((token) => token.end <= start).slice(-DATE_CONTEXT_WORDS)
  const after = words.filter((token) => token.start >= end).slice(0, DATE_CONTEXT_WORDS)
  const near = [...before, ...after]
  const telling = near.filter((token) => !token.name && !DATE_NEUTRAL.has(token.stem))
  // Only names near it (`fired from Gordon Advisors on Thursday`): the names tell it apart.
  return (telling.length > 0 ? telling : near).map((token) => token.stem)
}

/**
 * Names conflict only as a clean substitution: the same words on both sides of each name
 * (`spokesman John Kirby said`/`spokesman Mark Toner said`), words left on both sides once shared
 * ones drop out (`Skagit River`/`Skagit` is a detail), not merely spaced or punctuated differently
 * (`VisualBasic`), neither name mentioned elsewhere on the other side, both of one type (persons, or
 * neither) and no demonym. Measured on MRPC, looser slots flagged mostly partial names and
 * nicknames (`Hussein`/`Saddam`).
 */
export function nameConflicts(a: ClaimSide, b: ClaimSide): FactConflict[] {
  return pairConflicts('name', a, b, (x, y) => {
    // A nationality (`Syrian`) is a hint, not a party; a person and a place or body are not rivals.
    if (x.demonym || y.demonym || Boolean(x.person) !== Boolean(y.person)) return false
    // One slot: the same words around both names (a name that ends the sentence needs the word
    // before). Asked first, since it rules out most pairs and costs least.
    if (!sameFrame(a, x, b, y)) return false
    // Titles and shared parts (`District Attorney Paul Howard`) drop out; what remains must differ.
    const allX = wordsOf(x.text)
    const allY = wordsOf(y.text)
    const wordsX = allX.filter((word) => !allY.includes(word))
    const wordsY = allY.filter((word) => !allX.includes(word))
    if (wordsX.length === 0 || wordsY.length === 0 || looksAlike(wordsX, wordsY)) return false
    if (!isProperName(a, x, wordsX) || !isProperName(b, y, wordsY)) return false
    if (!mayBeRivalNames(a, x, b, y)) return false
    // A round-up sets several subjects in one frame, each with its own figures (`another-subject.ts`).
    if (figuresOfTwoSubjects(a, x, b, y)) return false
    // A name the other side also says is a partial name or a nickname, unless this side says it
    // more often (one of two `Texas` in a sentence changed).
    return !(
      partyMentions(b, x) >= partyMentions(a, x) ||
      (partyMentions(a, y) > 0 && partyMentions(a, y) >= partyMentions(b, y))
    )
  })
}

/** Spelling variants, abbreviations and short given names: same letters, a shared 4-letter start, one the initials of the other. */
export function looksAlike(x: string[], y: string[]): boolean {
  const joinedX = x.join('')
  const joinedY = y.join('')
  const initials = (words: string[]) => words.map((word) => word.charAt(0)).join('')
  return (
    joinedX === joinedY ||
    (joinedX.length >= 4 && joinedY.length >= 4 && joinedX.slice(0, 4) === joinedY.slice(0, 4)) ||
    initials(x) === joinedY ||
    initials(y) === joinedX ||
    // `Most Valuable Player Award`/`MVP Award`, the name caught without its first word.
    (x.length >= 2 && joinedY.length <= 6 && joinedY.includes(initials(x))) ||
    (y.length >= 2 && joinedX.length <= 6 && joinedX.includes(initials(y))) ||
    // `Stake`/`AtStake`, `Jihad`/`Djihad`, `HP`/`HPs`: one spelling inside the other.
    joinedX.includes(joinedY) ||
    joinedY.includes(joinedX) ||
    // `al-Qaeda`/`al-Qaida`: one letter changed in a longer name is a transliteration.
    (Math.min(joinedX.length, joinedY.length) >= 5 && oneEditApart(joinedX, joinedY)) ||
    // `Heydar Alishbandi`/`Heidar Alishvandi`: so is one letter changed in each word of a name.
    (x.length === y.length &&
      x.length > 1 &&
      x.every(
        (word, k) => Math.min(word.length, (y[k] ?? '').length) >= 5 && oneEditApart(word, y[k] ?? ''),
      )) ||
    abbreviates(joinedX, joinedY) ||
    abbreviates(joinedY, joinedX) ||
    sameGivenName(joinedX, joinedY)
  )
}

/** `Bill`/`William`, `Bob`/`Robert`, `Kate`/`Katherine`: one given name, a short form and its formal one. */
function sameGivenName(x: string, y: string): boolean {
  const formalX = GIVEN_NAME_FORMS.get(x)
  const formalY = GIVEN_NAME_FORMS.get(y)
  return formalX !== undefined && formalY !== undefined && formalX.some((name) => formalY.includes(name))
}

/** True when two words differ by one substituted, inserted or deleted letter. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false
  let i = 0
  while (i < x.length && x[i] === y[i]) i++
  let j = 0
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++
  return Math.max(x.length, y.length) - i - j <= 1
}

/** True when the fact's differing words are names to the tokenizer (not capitalised sentence openers). */
function isProperName(side: ClaimSide, fact: Fact, words: string[]): boolean {
  // Tokens starting inside the name: `Reid's` reaches past the name `Reid`.
  const tokens = side.tokens.filter(
    (token) =>
      token.start >= fact.start &&
      token.start < fact.end &&
      wordsOf(token.text).some((word) => words.includes(word)),
  )
  // Lower-case particles (`al`, `de`, `van`) may sit among the names; a capitalised everyday word may not.
  return (
    tokens.some((token) => token.name) && tokens.every((token) => token.name || !/^\p{Lu}/u.test(token.text))
  )
}
