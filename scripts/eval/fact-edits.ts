import type { DifferenceKind } from '../../src/engine/index.ts'

/** One sentence with one fact changed, and the difference kinds a correct report may give it. */
export interface FactEdit {
  /** The sentence as edited. */
  edited: string
  /** What was changed, for reading failures (`9 → 11`). */
  change: string
  /** The kinds that name this change correctly (a speaker's name may be `name` or `attribution`). */
  expected: DifferenceKind[]
}

/** Changes one fact of a sentence, or returns null when the sentence has no such fact. */
export type FactEditor = (sentence: string) => FactEdit | null

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * Places an editor may swap for one another: countries and large cities, written as news writes
 * them. The edit's kind does not depend on the list, only which sentences are editable does.
 */
const PLACES = [
  'Afghanistan',
  'Australia',
  'Baghdad',
  'Beijing',
  'Berlin',
  'Boston',
  'Brazil',
  'California',
  'Canada',
  'Chicago',
  'China',
  'Egypt',
  'England',
  'Florida',
  'France',
  'Germany',
  'Houston',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Kabul',
  'London',
  'Los Angeles',
  'Madrid',
  'Mexico',
  'Moscow',
  'New York',
  'Pakistan',
  'Paris',
  'Philadelphia',
  'Russia',
  'Scotland',
  'Spain',
  'Syria',
  'Texas',
  'Tokyo',
  'Turkey',
  'Washington',
]

/** A number that is not part of a date, a time, a year, a decimal or a longer token; and what it says. */
const NUMBER =
  /(?<![\p{L}\d.,:/$£€-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,:/-]?\d|\p{L}|\s*(?:a\.?m\b|p\.?m\b|GMT|BST|ET\b))/u

/** A count edited to another count of the same thing: 9 → 11, 1,200 → 1,440. */
export const editNumber: FactEditor = (sentence) => {
  for (const match of sentence.matchAll(new RegExp(NUMBER, 'gu'))) {
    const written = match[1] ?? ''
    const value = Number(written.replaceAll(',', ''))
    const before = sentence.slice(Math.max(0, (match.index ?? 0) - 12), match.index)
    // Years and days of a month are dates, not counts.
    if (value >= 1900 && value <= 2100 && !written.includes(',')) continue
    if (
      new RegExp(
        `(?:${MONTHS.join('|')}|\\b(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]?\\.?)\\s*$`,
      ).test(before)
    )
      continue
    // A day written before its month (`22 November`, `the 5th of May`) is a date too.
    const after = sentence.slice(
      (match.index ?? 0) + written.length,
      (match.index ?? 0) + written.length + 16,
    )
    if (new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS.join('|')})`).test(after)) continue
    const changed = value + Math.max(2, Math.round(value * 0.2))
    const shown = written.includes(',') ? changed.toLocaleString('en-US') : String(changed)
    const at = match.index ?? 0
    return {
      edited: sentence.slice(0, at) + shown + sentence.slice(at + written.length),
      change: `${written} → ${shown}`,
      expected: ['number'],
    }
  }
  return null
}

/** A weekday moved two days on: Monday → Wednesday. */
export const editWeekday: FactEditor = (sentence) => {
  const match = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(sentence)
  if (!match?.[1]) return null
  const other = WEEKDAYS[(WEEKDAYS.indexOf(match[1]) + 2) % 7] ?? 'Monday'
  return {
    edited: sentence.slice(0, match.index) + other + sentence.slice(match.index + match[1].length),
    change: `${match[1]} → ${other}`,
    expected: ['date'],
  }
}

/** A day of a month moved: January 25 → January 27. */
export const editMonthDay: FactEditor = (sentence) => {
  // Not a span of days (`October 1-2`): that is a range, edited by its own rules.
  const match = new RegExp(`\\b(?:${MONTHS.join('|')})\\s+(\\d{1,2})\\b(?![-–]\\d)`).exec(sentence)
  const day = Number(match?.[1])
  if (!match || !(day >= 1 && day <= 31)) return null
  const other = day <= 26 ? day + 2 : day - 2
  const at = match.index + match[0].length - String(match[1]).length
  return {
    edited: sentence.slice(0, at) + other + sentence.slice(at + String(match[1]).length),
    change: `${match[0]} → ${match[0].replace(/\d+$/, String(other))}`,
    expected: ['date'],
  }
}

/** A negation taken out: `did not go` → `did go`, `didn't` → `did`. */
export const editNegation: FactEditor = (sentence) => {
  const spelled =
    /\b(is|was|were|are|did|does|do|has|have|had|will|would|could|can|should|must)\s+not\b\s*/i.exec(sentence)
  if (spelled?.[1]) {
    return {
      edited: `${sentence.slice(0, spelled.index)}${spelled[1]} ${sentence.slice(spelled.index + spelled[0].length)}`,
      change: `${spelled[0].trim()} → ${spelled[1]}`,
      expected: ['negation'],
    }
  }
  const contracted = /\b(is|was|were|are|did|does|do|has|have|had|would|could|should)n['’]t\b/i.exec(sentence)
  if (!contracted?.[1]) return null
  return {
    edited:
      sentence.slice(0, contracted.index) +
      contracted[1] +
      sentence.slice(contracted.index + contracted[0].length),
    change: `${contracted[0]} → ${contracted[1]}`,
    expected: ['negation'],
  }
}

/** One word of a direct quote of six words or more replaced: the quote now says something else. */
export const editQuoteWord: FactEditor = (sentence) => {
  // Quote marks pair from the left, so a title in quotes (`"American Pie"`) is one short quote.
  const quote = [...sentence.matchAll(/["“]([^"”]*)["”]/g)].find(
    (match) => (match[1] ?? '').split(/\s+/).length >= 6,
  )
  if (!quote?.[1]) return null
  const words = [...quote[1].matchAll(/\b[a-z]{5,}\b/g)]
  const longest = words.reduce<RegExpMatchArray | null>(
    (best, word) => (best && (best[0]?.length ?? 0) >= (word[0]?.length ?? 0) ? best : word),
    null,
  )
  if (!longest?.[0]) return null
  // An everyday content word with no date, number or name in it, so only the wording changes.
  const replacement = longest[0] === 'harbour' ? 'mountain' : 'harbour'
  const at = (quote.index ?? 0) + 1 + (longest.index ?? 0)
  return {
    edited: sentence.slice(0, at) + replacement + sentence.slice(at + longest[0].length),
    change: `${longest[0]} → ${replacement} (in a quote)`,
    expected: ['quote'],
  }
}

/** A place swapped for another the article does not name: Malibu's `California` → `Texas`. */
export function placeEditor(article: string): FactEditor {
  return (sentence) => {
    const place = PLACES.find((name) => new RegExp(`\\b${name}\\b(?!['’-])`).test(sentence))
    if (!place) return null
    const other = PLACES.find((name) => name !== place && !article.includes(name))
    if (!other) return null
    const at = new RegExp(`\\b${place}\\b`).exec(sentence)?.index ?? 0
    return {
      edited: sentence.slice(0, at) + other + sentence.slice(at + place.length),
      change: `${place} → ${other}`,
      // A place inside a source (`the Los Angeles Superior Court said`) changes who said it.
      expected: ['name', 'attribution'],
    }
  }
}

/**
 * A person's surname swapped in one sentence: a capitalised word, not first in the sentence, that
 * the article uses at least twice and that is no place, weekday or month. The speaker of a quote
 * may be reported as `attribution`, anyone else as `name`.
 */
export function surnameEditor(article: string): FactEditor {
  return (sentence) => {
    // Last of a run of capitalised words (`Ed Stefanski announced`, not `Prime Minister`).
    for (const match of sentence.matchAll(/(?<=\s)([A-Z][a-z]{3,})\b(?!['’-]|\s+[A-Z])/g)) {
      const name = match[1] ?? ''
      if (PLACES.includes(name) || WEEKDAYS.includes(name) || MONTHS.includes(name)) continue
      if (article.split(new RegExp(`\\b${name}\\b`)).length < 3) continue
      // A surname follows a first name or a title; a capitalised word alone may be anything.
      const before = sentence.slice(0, match.index)
      if (!/(?:[A-Z][a-z]+|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s$/.test(before)) continue
      // After `The`, `A` or `In` a capitalised word is no surname (`The Greek government`).
      if (/(?:^|\s)(?:The|A|An|In|On|At|By|For|Of|To)\s$/.test(before)) continue
      const other = name === 'Hendricks' ? 'Morrison' : 'Hendricks'
      return {
        edited: sentence.slice(0, match.index) + other + sentence.slice((match.index ?? 0) + name.length),
        change: `${name} → ${other}`,
        expected: ['name', 'attribution'],
      }
    }
    return null
  }
}
