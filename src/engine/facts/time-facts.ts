import type { Fact } from '../types.ts'
import { pad } from './calendar.ts'
import type { Word } from './words.ts'

const MERIDIEM: ReadonlyMap<string, 'am' | 'pm'> = new Map(
  Object.entries({ 'a.m.': 'am', am: 'am', 'p.m.': 'pm', pm: 'pm' }),
)

/** Time zones written after a wire-service clock (`1018 GMT`). */
export const ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'et', 'pst', 'pdt', 'pt', 'bst', 'cet', 'cest'])

function toKey(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined): string | null {
  if (minute > 59 || hour > 23 || (meridiem !== undefined && (hour < 1 || hour > 12))) return null
  const hours = meridiem === undefined ? hour : (hour % 12) + (meridiem === 'pm' ? 12 : 0)
  return `T${pad(hours)}:${pad(minute)}`
}

/** Clock times (`3 p.m.`, `10:30`, `3pm`, `1018 GMT`), keyed `T15:00` so `3 p.m.` equals `15:00`. */
export function extractTimes(text: string, words: readonly Word[]): Fact[] {
  const facts: Fact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === undefined) continue
    const zone = words[i + 1]
    if (
      /^\d{4}$/.test(word.text) &&
      zone !== undefined &&
      ZONES.has(zone.lower) &&
      text.slice(word.end, zone.start) === ' '
    ) {
      // `1018 GMT`: the wire-service clock.
      const key = toKey(Number(word.text.slice(0, 2)), Number(word.text.slice(2)), undefined)
      if (key !== null)
        facts.push({
          kind: 'date',
          key,
          text: text.slice(word.start, zone.end),
          start: word.start,
          end: zone.end,
        })
      i++
      continue
    }
    // `8.40pm`, `8.40 p.m.`: the British clock, a time only with its meridiem.
    const dotted = /^(\d{1,2})\.(\d{2})(am|pm)?$/.exec(word.lower)
    if (dotted !== null) {
      const after = words[i + 1]
      const spaced = after !== undefined && text.slice(word.end, after.start) === ' '
      const meridiem = MERIDIEM.get(dotted[3] ?? (spaced ? (after?.lower ?? '') : ''))
      if (meridiem === undefined) continue
      const key = toKey(Number(dotted[1]), Number(dotted[2]), meridiem)
      const end = dotted[3] === undefined ? (after?.end ?? word.end) : word.end
      if (key !== null)
        facts.push({ kind: 'date', key, text: text.slice(word.start, end), start: word.start, end })
      if (dotted[3] === undefined) i++
      continue
    }
    if (!/^\d{1,2}(?:am|pm)?$/.test(word.lower)) continue
    const glued = /^(\d{1,2})(am|pm)$/.exec(word.lower)
    let hour = Number(glued?.[1] ?? word.lower)
    let minute = 0
    let last = i
    let meridiem = glued === null ? undefined : MERIDIEM.get(glued[2] ?? '')
    const next = words[i + 1]
    if (
      glued === null &&
      text[word.end] === ':' &&
      next?.start === word.end + 1 &&
      /^\d{2}(?:am|pm)?$/.test(next.lower)
    ) {
      // `6:41pm`: the meridiem may be glued to the minutes.
      minute = Number(next.text.slice(0, 2))
      meridiem = MERIDIEM.get(next.lower.slice(2))
      last = i + 1
    }
    const after = words[last + 1]
    const tail = after === undefined ? undefined : MERIDIEM.get(after.lower)
    if (meridiem === undefined && tail !== undefined && text.slice(words[last]?.end, after?.start) === ' ') {
      meridiem = tail
      last += 1
    }
    if (last === i && meridiem === undefined) continue
    hour = Number.isFinite(hour) ? hour : 99
    const key = toKey(hour, minute, meridiem)
    const end = words[last]?.end ?? word.end
    if (key !== null)
      facts.push({ kind: 'date', key, text: text.slice(word.start, end), start: word.start, end })
    i = last
  }
  return facts
}
