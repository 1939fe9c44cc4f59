import type { Fact } from '../types.ts'
import { dayNumber, formatDay, isoWeekday, MONTHS, nearestYear, pad, WEEKDAYS } from './calendar.ts'
import { extractNumericDates } from './numeric-dates.ts'
import { extractRelativeDates } from './relative-dates.ts'
import { extractTimes, ZONES } from './time-facts.ts'
import { weekdayDirection } from './weekday-direction.ts'
import { isCapitalised, isStopword, stripPossessive, type Word } from './words.ts'

// Months that are also common words ("may", "march") or short forms count only beside a day or year.
const NEED_DAY_OR_YEAR = new Set([
  'may',
  'march',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
])
// Words before a four-digit number that make it a quantity, not a year ("about 2000 troops").
const QUANTITY_WORDS = new Set([
  'about',
  'some',
  'nearly',
  'around',
  'almost',
  'than',
  'least',
  'only',
  'roughly',
])
// Words before a four-digit number followed by a noun that make it a year (`the 2011 uprising`).
const YEAR_BEFORE = new Set([
  'in',
  'since',
  'until',
  'till',
  'during',
  'from',
  'by',
  'before',
  'the',
  'of',
  'early',
  'late',
  'mid',
  'its',
  'their',
  'his',
  'her',
])
const QUANTITY_AFTER = new Set(['percent', 'per', 'million', 'billion', 'thousand', 'hundred'])

/** Whether only spaces, one comma or one dot (`Jan. 25`, `January 25, 2016`) separate two words. */
export function isClose(text: string, a: Word | undefined, b: Word | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const gap = text.slice(a.end, b.start)
  return gap.length <= 3 && /^[ .,]?[ ]?$/.test(gap) && gap !== '' && gap !== '.' && gap !== ','
}

function dayOf(word: Word | undefined): number | null {
  const match = word === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word.lower)
  const day = Number(match?.[1])
  return day >= 1 && day <= 31 ? day : null
}

function yearOf(word: Word | undefined): number | null {
  if (word === undefined || !/^\d{4}$/.test(word.text)) return null
  const year = Number(word.text)
  return year >= 1000 && year <= 2999 ? year : null
}

function monthOf(word: Word): number | null {
  if (!isCapitalised(word.text)) return null
  return MONTHS.get(word.lower) ?? (word.lower === 'sept' ? 9 : null)
}

function fact(text: string, words: readonly Word[], from: number, to: number, key: string): Fact {
  const start = words[from]?.start ?? 0
  const end = words[to]?.end ?? start
  return { kind: 'date', key, text: text.slice(start, end), start, end }
}

function monthDateKey(
  month: number,
  day: number | null,
  year: number | null,
  published: number | null,
): string | null {
  if (day === null) {
    const resolved = year ?? (published === null ? null : nearestYear(published, month))
    return resolved === null ? `--${pad(month)}` : `${pad(resolved, 4)}-${pad(month)}`
  }
  const resolved = year ?? (published === null ? null : nearestYear(published, month, day))
  if (resolved === null) return `--${pad(month)}-${pad(day)}`
  const when = dayNumber(resolved, month, day)
  return when === null ? null : formatDay(when)
}

// `January 25`, `Jan. 25, 2016`, `25 January`, `25th of January 2016`, `January 2016`, `January`.
function matchMonth(
  text: string,
  words: readonly Word[],
  i: number,
  published: number | null,
): [Fact, number] | null {
  const word = words[i]
  const month = word === undefined ? null : monthOf(word)
  if (word === undefined || month === null) return null
  let from = i
  let to = i
  let day: number | null = null
  let year: number | null = null
  if (isClose(text, word, words[i + 1]) && dayOf(words[i + 1]) !== null) {
    day = dayOf(words[i + 1])
    to = i + 1
  } else if (isClose(text, words[i - 1], word) && dayOf(words[i - 1]) !== null) {
    day = dayOf(words[i - 1])
    from = i - 1
  } else if (
    words[i - 1]?.lower === 'of' &&
    isClose(text, words[i - 2], words[i - 1]) &&
    dayOf(words[i - 2]) !== null
  ) {
    day = dayOf(words[i - 2])
    from = i - 2
  }
  if (isClose(text, words[to], words[to + 1]) && yearOf(words[to + 1]) !== null) {
    year = yearOf(words[to + 1])
    to += 1
  }
  if (day === null && year === null && NEED_DAY_OR_YEAR.has(word.lower)) return null
  const key = monthDateKey(month, day, year, published)
  return key === null ? null : [fact(text, words, from, to, key), to]
}

function weekdayKey(
  weekday: number,
  direction: 'past' | 'future' | 'this',
  modified: boolean,
  published: number | null,
): string {
  if (published === null) return `weekday:${weekday}`
  const today = isoWeekday(published)
  if (weekday === today && !modified) return formatDay(published)
  const ahead = (weekday - today + 7) % 7 || 7
  const behind = (today - weekday + 7) % 7 || 7
  return formatDay(direction === 'past' ? published - behind : published + ahead)
}

// `Monday`, `Monday's talks`, `last Monday`, `next Monday`: the news convention resolves a bare
// weekday to the most recent one in past-tense context and the next one in future context.
function matchWeekday(
  text: string,
  words: readonly Word[],
  i: number,
  published: number | null,
): [Fact, number] | null {
  const word = words[i]
  if (word === undefined || !isCapitalised(word.text)) return null
  const weekday = WEEKDAYS.get(stripPossessive(word.lower))
  if (weekday === undefined) return null
  const before = words[i - 1]
  const modifier = isClose(text, before, word) ? before?.lower : undefined
  const modified = modifier === 'last' || modifier === 'next' || modifier === 'past' || modifier === 'coming'
  const direction =
    modifier === 'last' || modifier === 'past'
      ? 'past'
      : modifier === 'next' || modifier === 'coming' || modifier === 'this'
        ? 'future'
        : weekdayDirection(words, i)
  const end = word.text.length - stripPossessive(word.text).length
  const from = modified || modifier === 'this' ? i - 1 : i
  // `Monday, January 25`: the calendar date says which Monday; the weekday stays checkable against it.
  const next = words[i + 1]
  const beforeDate =
    isClose(text, word, next) &&
    next !== undefined &&
    (monthOf(next) !== null ||
      (dayOf(next) !== null && words[i + 2] !== undefined && monthOf(words[i + 2] as Word) !== null))
  const key = beforeDate ? `weekday:${weekday}` : weekdayKey(weekday, direction, modified, published)
  const found = fact(text, words, from, i, key)
  return [{ ...found, end: found.end - end, text: found.text.slice(0, found.text.length - end) }, i]
}

function matchYear(text: string, words: readonly Word[], i: number): [Fact, number] | null {
  const word = words[i]
  const year = yearOf(word)
  if (word === undefined || year === null || year < 1800 || year > 2099) return null
  if (QUANTITY_WORDS.has(words[i - 1]?.lower ?? '') || text[word.end] === '%') return null
  const next = words[i + 1]
  const after = next?.lower ?? ''
  if (QUANTITY_AFTER.has(after) || ZONES.has(after)) return null
  // `after 2000 people`: a count of a lowercase noun, unless a year-taking word comes first
  // (`in 2015 talks`, `the 2011 uprising`).
  const counts =
    next !== undefined &&
    text.slice(word.end, next.start) === ' ' &&
    /^\p{Ll}+$/u.test(next.text) &&
    !isStopword(after)
  if (counts && !YEAR_BEFORE.has(words[i - 1]?.lower ?? '')) return null
  return [fact(text, words, i, i, String(year)), i]
}

// Adds the extra facts that overlap none of the first ones; both lists sorted, one linear merge.
function mergeDisjoint(first: readonly Fact[], extra: Fact[]): Fact[] {
  extra.sort((a, b) => a.start - b.start)
  const merged: Fact[] = [...first]
  let k = 0
  for (const found of extra) {
    while ((first[k]?.end ?? Number.POSITIVE_INFINITY) <= found.start) k++
    if ((first[k]?.start ?? Number.POSITIVE_INFINITY) >= found.end) merged.push(found)
  }
  return merged.sort((a, b) => a.start - b.start)
}

/** Date facts of a text: calendar dates, weekdays, relative expressions, years and times. */
export function extractDateFacts(text: string, words: readonly Word[], published: number | null): Fact[] {
  const numeric = extractNumericDates(text, published)
  const facts: Fact[] = [...numeric]
  let nextNumeric = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    while ((numeric[nextNumeric]?.end ?? Number.POSITIVE_INFINITY) <= word.start) nextNumeric++
    if ((numeric[nextNumeric]?.start ?? Number.POSITIVE_INFINITY) < word.end) continue
    const found =
      matchMonth(text, words, i, published) ??
      matchWeekday(text, words, i, published) ??
      matchYear(text, words, i)
    if (found === null) continue
    facts.push(found[0])
    i = found[1]
  }
  facts.sort((a, b) => a.start - b.start)
  const extra = [...extractRelativeDates(text, words, published), ...extractTimes(text, words)]
  return mergeDisjoint(facts, extra)
}
