import * as chrono from 'chrono-node'
import type { Fact } from '../types.ts'
import { dayNumber, formatDay, pad } from './calendar.ts'

// Cheap prefilter: chrono runs only on text that holds a numeric date shape (25/01/2016,
// 2016-01-25), since parsing every segment with it would cost about 0.3 ms per KB.
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/
const WHOLE_NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/

/** Numeric calendar dates (`25/01/2016`, `2016-01-25`, `1/25`) parsed by chrono-node. */
export function extractNumericDates(text: string, published: number | null): Fact[] {
  if (!NUMERIC_DATE.test(text)) return []
  const reference = new Date((published ?? 0) * 86_400_000)
  const facts: Fact[] = []
  for (const result of chrono.parse(text, reference)) {
    if (!WHOLE_NUMERIC_DATE.test(result.text)) continue
    const year = result.start.get('year')
    const month = result.start.get('month')
    const day = result.start.get('day')
    if (month === null || day === null) continue
    // Without a publication day chrono's guessed year is meaningless, so the key stays partial.
    const knownYear = year !== null && (result.start.isCertain('year') || published !== null)
    const when = knownYear ? dayNumber(year, month, day) : null
    const key = when !== null ? formatDay(when) : `--${pad(month)}-${pad(day)}`
    const start = result.index
    const end = start + result.text.length
    facts.push({ kind: 'date', key, text: text.slice(start, end), start, end })
  }
  return facts
}
