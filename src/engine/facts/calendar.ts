// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so resolving "Monday" or
// "next week" never depends on the machine's time zone.

const DAY_MS = 86_400_000

/** English month names and abbreviations → month number 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr may jun jul aug sep oct nov dec',
  ].flatMap((names) => names.split(' ').map((name, i): [string, number] => [name, i + 1])),
)

/** English weekday names → ISO weekday 1 (Monday) .. 7 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' ').map((name, i) => [name, i + 1]),
)

/** Day number of a calendar date, or null when the date does not exist (February 30). */
export function dayNumber(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return ms / DAY_MS
}

/** The year, month and day of a day number. */
export function calendarDate(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) of a day number. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** Zero-padded decimal. */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** ISO date (`2016-01-25`) of a day number. */
export function formatDay(day: number): string {
  const date = calendarDate(day)
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`
}

/** ISO interval key (`2016-01-25/2016-01-31`) of an inclusive range of days. */
export function formatRange(from: number, to: number): string {
  return from === to ? formatDay(from) : `${formatDay(from)}/${formatDay(to)}`
}

/** Day number of an ISO date or date-time's date part (`2016-01-20`, `2016-01-20T09:00Z`); null if invalid. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (match === null) return null
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** Inclusive day range of a calendar month. */
export function monthRange(year: number, month: number): [number, number] {
  const from = Date.UTC(year, month - 1, 1) / DAY_MS
  const to = Date.UTC(year, month, 1) / DAY_MS - 1
  return [from, to]
}

/** The year in which month/day falls nearest to a reference day (within about six months). */
export function nearestYear(reference: number, month: number, day = 15): number {
  const { year } = calendarDate(reference)
  let best = year
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of [year - 1, year, year + 1]) {
    const when = dayNumber(candidate, month, Math.min(day, 28)) ?? reference
    const distance = Math.abs(when - reference)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
