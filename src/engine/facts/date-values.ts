import { CLASSIFY_DEFAULTS } from '../defaults.ts'
import { memoByText } from '../normalize/memo-by-text.ts'
import { calendarDate, dayNumber, isoWeekday, monthRange } from './calendar.ts'

/** A date key read back as a value: a range of days, a date without year, a weekday, or opaque. */
export type DateValue =
  | { type: 'range'; from: number; to: number }
  | { type: 'partial'; month: number; day: number | null }
  | { type: 'weekday'; weekday: number }
  | { type: 'opaque'; key: string }

function parseDay(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match === null ? null : dayNumber(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * Reads a date key (`2016-01-25`, `2016-01`, `2016`, `a/b`, `--01-25`, `weekday:1`) back into a
 * value; remembered by key, as every pair of a claim's sides compares its dates again.
 */
export const parseDateKey = memoByText((key): Readonly<DateValue> => readDateKey(key))

/** `parseDateKey`, computed. */
function readDateKey(key: string): DateValue {
  const slash = key.indexOf('/')
  if (slash > 0) {
    const from = parseDay(key.slice(0, slash))
    const to = parseDay(key.slice(slash + 1))
    if (from !== null && to !== null) return { type: 'range', from, to }
  }
  const day = parseDay(key)
  if (day !== null) return { type: 'range', from: day, to: day }
  const month = /^(\d{4})-(\d{2})$/.exec(key)
  if (month !== null) {
    const [from, to] = monthRange(Number(month[1]), Number(month[2]))
    return { type: 'range', from, to }
  }
  if (/^\d{4}$/.test(key)) {
    const year = Number(key)
    return { type: 'range', from: monthRange(year, 1)[0], to: monthRange(year, 12)[1] }
  }
  const partial = /^--(\d{2})(?:-(\d{2}))?$/.exec(key)
  if (partial !== null) {
    return {
      type: 'partial',
      month: Number(partial[1]),
      day: partial[2] === undefined ? null : Number(partial[2]),
    }
  }
  const weekday = /^weekday:([1-7])$/.exec(key)
  if (weekday !== null) return { type: 'weekday', weekday: Number(weekday[1]) }
  return { type: 'opaque', key }
}

// Ranges longer than this contain every weekday and month/day pair a comparison could ask about.
const SCAN_LIMIT = 62

function someDay(from: number, to: number, test: (day: number) => boolean): boolean {
  if (to - from > SCAN_LIMIT) return true
  for (let day = from; day <= to; day++) if (test(day)) return true
  return false
}

/**
 * Two relative dates of undated articles, both resolved against one stand-in publication day. Two
 * outlets seldom publish a report of one event on the same day, and a wire story's "today" is the
 * next morning's "yesterday", so single days within the publication skew may be one day; longer
 * spans (`this week`, `last month`) compare as usual.
 */
function sameRelativeKey(a: string, b: string): boolean {
  const x = parseDateKey(a)
  const y = parseDateKey(b)
  if (isSingleDay(x) && isSingleDay(y)) {
    return Math.abs(x.from - y.from) <= CLASSIFY_DEFAULTS.undatedPublicationSkewDays
  }
  // Undated articles may be weeks apart: `last month` in one is `earlier this year` in the next,
  // and `this year` in December is `next year` in January. Spans that touch or lie within a
  // month of each other are not told apart.
  if (
    x.type === 'range' &&
    y.type === 'range' &&
    x.to - x.from >= MONTH_DAYS &&
    y.to - y.from >= MONTH_DAYS &&
    x.from - y.to <= UNDATED_SPAN_SKEW_DAYS &&
    y.from - x.to <= UNDATED_SPAN_SKEW_DAYS
  )
    return true
  return sameDateKey(a, b)
}

// How far apart two relative spans of undated articles may lie and still be one time (one month).
const UNDATED_SPAN_SKEW_DAYS = 31

// The shortest span compared loosely (longer than a week); weeks and days keep their own rule.
const MONTH_DAYS = 10

/** A range of one day (`2001-01-16`). */
function isSingleDay(value: DateValue): value is { type: 'range'; from: number; to: number } {
  return value.type === 'range' && value.from === value.to
}

function partialMatches(month: number, day: number | null, date: number): boolean {
  const found = calendarDate(date)
  return found.month === month && (day === null || found.day === day)
}

/**
 * Whether two date keys can denote the same time: equal, one range inside the other, a date
 * without year matching the full date, a weekday matching a concrete day. Keys that cannot be
 * compared (a `relative:` key of an undated article against a calendar date, a time against a day)
 * count as the same, so the classifier never flags a difference it cannot show.
 */
export function sameDateKey(a: string, b: string): boolean {
  if (a === b) return true
  // Relative keys of undated articles compare among themselves; against a real date, nothing is known.
  const relativeA = a.startsWith('relative:')
  const relativeB = b.startsWith('relative:')
  if (relativeA && relativeB) return sameRelativeKey(a.slice(9), b.slice(9))
  if (relativeA || relativeB) return true
  const x = parseDateKey(a)
  const y = parseDateKey(b)
  if (x.type === 'opaque' || y.type === 'opaque') {
    // Two times differ when their keys do; a time against a day says nothing about either.
    const time = (value: DateValue) => value.type === 'opaque' && value.key.startsWith('T')
    return !(time(x) && time(y))
  }
  if (x.type === 'range' && y.type === 'range') {
    return (x.from <= y.from && y.to <= x.to) || (y.from <= x.from && x.to <= y.to)
  }
  if (x.type === 'weekday' && y.type === 'weekday') return x.weekday === y.weekday
  if (x.type === 'partial' && y.type === 'partial') {
    return x.month === y.month && (x.day === null || y.day === null || x.day === y.day)
  }
  if (x.type === 'range' || y.type === 'range') {
    const range = x.type === 'range' ? x : (y as { from: number; to: number })
    const other = x.type === 'range' ? y : x
    if (other.type === 'weekday')
      return someDay(range.from, range.to, (day) => isoWeekday(day) === other.weekday)
    if (other.type === 'partial')
      return someDay(range.from, range.to, (day) => partialMatches(other.month, other.day, day))
  }
  // A weekday against a date without year: nothing to compare.
  return true
}

/** How precise a date key is: a day, a week, a month, a year, or something else (a time, a season). */
export function datePrecision(key: string): string {
  const value = parseDateKey(key)
  if (value.type === 'weekday') return 'day'
  if (value.type === 'partial') return value.day === null ? 'month' : 'day'
  if (value.type === 'opaque') return 'other'
  const days = value.to - value.from
  return days === 0 ? 'day' : days <= 7 ? 'week' : days <= 31 ? 'month' : 'year'
}
