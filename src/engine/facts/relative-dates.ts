import type { Fact } from '../types.ts'
import { calendarDate, formatDay, formatRange, isoWeekday, monthRange, pad } from './calendar.ts'
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
 * Relative dates (`today`, `yesterday`, `this week`, `next week`, `earlier this month`,
 * `this weekend`), resolved against the publication day when known, else keyed `relative:<words>`.
 */
export function extractRelativeDates(text: string, words: readonly Word[], published: number | null): Fact[] {
  const facts: Fact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === undefined) continue
    const bare = word.lower.length > 5 ? stripPossessive(word.lower) : word.lower
    const offset = SINGLE_DAYS.get(bare)
    if (offset !== undefined) {
      const key =
        published === null ? `relative:${bare === 'tonight' ? 'today' : bare}` : formatDay(published + offset)
      const end = word.start + stripPossessive(word.text).length
      facts.push({ kind: 'date', key, text: text.slice(word.start, end), start: word.start, end })
      continue
    }
    const shift = SHIFTS.get(word.lower)
    const next = words[i + 1]
    if (shift === undefined || next === undefined) continue
    const span = stripPossessive(next.lower)
    if (!SPANS.has(span) || text.slice(word.end, next.start) !== ' ') continue
    const before = words[i - 1]
    const side =
      (before?.lower === 'earlier' || before?.lower === 'later') && text.slice(before.end, word.start) === ' '
        ? before.lower
        : null
    const start = side === null ? word.start : (before?.start ?? word.start)
    const end = next.start + stripPossessive(next.text).length
    const words3 = `${side === null ? '' : `${side}-`}${shift}-${span}`
    const key = published === null ? `relative:${words3}` : spanKey(published, shift, span as Span, side)
    facts.push({ kind: 'date', key, text: text.slice(start, end), start, end })
    i++
  }
  return facts
}
