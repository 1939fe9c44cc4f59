import type { Fact } from '../types.ts'
import { calendarDate, formatDay, formatRange, isoWeekday, monthRange, pad } from './calendar.ts'
import { cardinalValue } from './number-words.ts'
import { stripPossessive, type Word } from './words.ts'

type Shift = 'this' | 'next' | 'last'
type Span = 'week' | 'weekend' | 'month' | 'year'

const SINGLE_DAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }),
)
const SHIFTS: ReadonlyMap<string, Shift> = new Map(
  Object.entries({ this: 'this', next: 'next', last: 'last', past: 'last' }),
)
const SPANS = new Set<string>(['week', 'weekend', 'month', 'year'])
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening'])
// Unit of an `… ago` phrase → its length in days (months and years are handled by the calendar).
const AGO_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map(
  ['day', 'week', 'month', 'year'].flatMap((unit) => [
    [unit, unit as 'day'],
    [`${unit}s`, unit as 'day'],
  ]),
)

function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by
  return [Math.floor(index / 12), (index % 12) + 1]
}

// The key of `this/next/last week|weekend|month|year`, narrowed by `earlier`/`later` around the
// publication day, so a concrete date inside the range compares as the same value.
function spanKey(published: number, shift: Shift, span: Span, side: 'earlier' | 'later' | null): string {
  const by = shift === 'this' ? 0 : shift === 'next' ? 1 : -1
  let range: [number, number]
  if (span === 'week' || span === 'weekend') {
    const monday = published - (isoWeekday(published) - 1) + 7 * by
    range = span === 'week' ? [monday, monday + 6] : [monday + 5, monday + 6]
  } else if (span === 'month') {
    const { year, month } = calendarDate(published)
    const [shiftedYear, shiftedMonth] = shiftMonth(year, month, by)
    if (side === null) return `${pad(shiftedYear, 4)}-${pad(shiftedMonth)}`
    range = monthRange(shiftedYear, shiftedMonth)
  } else {
    const year = calendarDate(published).year + by
    if (side === null) return pad(year, 4)
    range = [monthRange(year, 1)[0], monthRange(year, 12)[1]]
  }
  if (shift === 'this' && side === 'earlier') range = [range[0], Math.max(range[0], published - 1)]
  if (shift === 'this' && side === 'later') range = [Math.min(range[1], published + 1), range[1]]
  return formatRange(range[0], range[1])
}

/**
 * The stand-in publication day for relative dates in an undated article: a Wednesday in mid-month,
 * so `this week`, `this month` and `yesterday` nest as they usually do.
 */
export const RELATIVE_ANCHOR = 11_339 // 2001-01-17

/** Marks a key resolved against the anchor rather than a real publication day. */
function relativeKey(key: string, published: number | null): string {
  return published === null ? `relative:${key}` : key
}

// `three days ago`, `two weeks ago`, `a year ago`: the count, the unit and `ago`, ending at words[at].
function agoFact(text: string, words: readonly Word[], at: number, published: number | null): Fact | null {
  const unitWord = words[at - 1]
  const countWord = words[at - 2]
  const unit = unitWord === undefined ? undefined : AGO_UNITS.get(unitWord.lower)
  if (unit === undefined || unitWord === undefined || countWord === undefined) return null
  const lower = countWord.lower
  const count =
    lower === 'a' || lower === 'an'
      ? 1
      : (cardinalValue(lower) ?? (/^\d{1,3}$/.test(lower) ? Number(lower) : null))
  if (
    count === null ||
    /[^ ]/.test(text.slice(countWord.end, unitWord.start) + text.slice(unitWord.end, words[at]?.start))
  ) {
    return null
  }
  const start = countWord.start
  const end = words[at]?.end ?? unitWord.end
  const day = published ?? RELATIVE_ANCHOR
  const { year, month } = calendarDate(day)
  let key = formatDay(day - count)
  // A week count is approximate: the range of days around that many weeks back.
  if (unit === 'week') key = formatRange(day - 7 * count - 3, day - 7 * count + 3)
  if (unit === 'month')
    key = shiftMonth(year, month, -count)
      .map((part, k) => pad(part, k === 0 ? 4 : 2))
      .join('-')
  if (unit === 'year') key = pad(year - count, 4)
  return { kind: 'date', key: relativeKey(key, published), text: text.slice(start, end), start, end }
}

/**
 * Relative dates (`today`, `yesterday`, `last night`, `this week`, `next week`, `earlier this
 * month`, `this weekend`, `three days ago`), resolved against the publication day when known.
 * Without it they resolve against a fixed anchor day and the key says so (`relative:2001-01-16`
 * for `yesterday` and `last night` alike); `sameDateKey` compares such keys only with each other.
 */
export function extractRelativeDates(text: string, words: readonly Word[], published: number | null): Fact[] {
  const facts: Fact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === undefined) continue
    const bare = word.lower.length > 5 ? stripPossessive(word.lower) : word.lower
    const offset = SINGLE_DAYS.get(bare)
    if (offset !== undefined) {
      const key = relativeKey(formatDay((published ?? RELATIVE_ANCHOR) + offset), published)
      const end = word.start + stripPossessive(word.text).length
      facts.push({ kind: 'date', key, text: text.slice(word.start, end), start: word.start, end })
      continue
    }
    if (word.lower === 'ago') {
      const ago = agoFact(text, words, i, published)
      if (ago !== null) facts.push(ago)
      continue
    }
    const shift = SHIFTS.get(word.lower)
    const next = words[i + 1]
    if (shift === undefined || next === undefined) continue
    const span = stripPossessive(next.lower)
    const partOfDay = PARTS_OF_DAY.has(span) && shift !== 'next' && text.slice(word.end, next.start) === ' '
    if (partOfDay) {
      // `last night` is the evening before publication; `this morning` the day itself.
      const key = relativeKey(
        formatDay((published ?? RELATIVE_ANCHOR) - (shift === 'last' ? 1 : 0)),
        published,
      )
      const end = next.start + stripPossessive(next.text).length
      facts.push({ kind: 'date', key, text: text.slice(word.start, end), start: word.start, end })
      i++
      continue
    }
    if (!SPANS.has(span) || text.slice(word.end, next.start) !== ' ') continue
    const before = words[i - 1]
    const side =
      (before?.lower === 'earlier' || before?.lower === 'later') && text.slice(before.end, word.start) === ' '
        ? before.lower
        : null
    const start = side === null ? word.start : (before?.start ?? word.start)
    const end = next.start + stripPossessive(next.text).length
    const key = relativeKey(spanKey(published ?? RELATIVE_ANCHOR, shift, span as Span, side), published)
    facts.push({ kind: 'date', key, text: text.slice(start, end), start, end })
    i++
  }
  return facts
}
