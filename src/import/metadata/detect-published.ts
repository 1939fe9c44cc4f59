import { writtenDay } from '../../engine/import-api.ts'
import { findDateline, matchFurniture } from '../../engine/report-api.ts'
import { headLineOpenings, headLines } from './text-lines.ts'
import { urlParts } from './url-parts.ts'

/** `2016-01-20`, `2016_01_20`, `20160120` in a file name or URL path; digits may not run on either side. */
const COMPACT_DATE = /(?:^|\D)((?:19|20)\d{2})[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?!\d)/

/** What a publication date is detected from; every part is optional. */
export interface PublishedClues {
  /** The article's text as imported. */
  text?: string
  /** The file it came from. */
  fileName?: string | null
  /** The address it was loaded from (`…/2016/01/20/…`). */
  url?: string | null
}

/**
 * The publication date as an ISO date (`2016-01-20`): from the first timestamp line near the top of
 * the text ("Tuesday, July 2nd, 2013", "3 July 2013 Last updated at 13:38 GMT", "Updated 2:05 PM ET,
 * Wed January 20, 2016") or a dateline that carries a year, else a date in the URL's path, else one
 * in the file name. Only dates whose year is written count: a bare "Jan 20" would need a year guessed.
 */
export function detectPublished(clues: PublishedClues): string | null {
  const fromText = clues.text === undefined ? null : publishedInText(clues.text)
  return fromText ?? compactDate(urlParts(clues.url)?.path ?? null) ?? compactDate(clues.fileName ?? null)
}

/** The date of the first timestamp line or dated dateline among the text's first lines. */
function publishedInText(text: string): string | null {
  const stamps = headLines(text).filter((line) => matchFurniture(line) === 'timestamp')
  const datelines = headLineOpenings(text).map((line) =>
    line.slice(0, Math.max(0, findDateline(line, 0, line.length))),
  )
  for (const stamp of [...stamps, ...datelines]) {
    const date = stamp === '' ? null : writtenDay(stamp)
    if (date) return date
  }
  return null
}

/** A year-month-day written as digits (`2016-01-20`, `2016/01/20`, `20160120`), as an ISO date. */
function compactDate(text: string | null): string | null {
  if (text === null) return null
  const match = COMPACT_DATE.exec(text)
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null
}
