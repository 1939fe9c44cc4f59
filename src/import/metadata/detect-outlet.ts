import { findDateline } from '../../engine/report-api.ts'
import { knownOutletByHost, knownOutletByName, outletKey } from './known-outlets.ts'
import { headLineOpenings, headLines, tailLines } from './text-lines.ts'
import { urlParts } from './url-parts.ts'

/**
 * Known outlets whose name is also an everyday word: a file name must put a date right after them
 * (`people-2013-05-02-…`) before they count, so `people-killed.txt` names no outlet.
 */
const EVERYDAY_NAMES = new Set([
  'people',
  'time',
  'fox',
  'independent',
  'guardian',
  'telegraph',
  'variety',
  'hill',
])

/** Most file-name words read as an outlet's name (`al-jazeera-english-…` is three). */
const MAX_NAME_WORDS = 3

/** A word of a file name that starts its date: a year or a compact date (`2016`, `20160120`). */
const DATE_WORD = /^(?:19|20)\d{2}(?:\d{4})?$/

/** `SOURCE: Al Jazeera and agencies`, `Source: Reuters`: the name up to "and", a comma or the end. */
const SOURCE_LINE = /^sources?\s*:\s*(.{1,60}?)(?:\s+and\s+.*|\s*[,;/].*|\s*\.)?$/i
/** `— The Associated Press`, `- AFP`: a sign-off under the story. */
const SIGN_OFF = /^[—–-]{1,2}\s*(.{2,40})$/
/** `© 2016 Cable News Network.`, `Copyright 2016 The Associated Press. All rights reserved.` */
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,60}?)(?:\.|,|\s+all rights reserved.*)?$/i
/** `By Jane Doe, CNN`, `By Jane Doe | Reuters`: the outlet after the names. */
const BYLINE_OUTLET = /^by\s+[^,|]{2,60}[,|]\s*(.{2,40})$/i
/** The outlet in parentheses of a dateline: `WASHINGTON (Reuters) -`, `(CNN)`. */
const DATELINE_AGENCY = /\(([^()]{1,30})\)/

/** Where an outlet was found, so a caller can say why a field was prefilled. */
export type OutletEvidence = 'host' | 'file name' | 'text'

/** An outlet name and where it was read. */
export interface DetectedOutlet {
  /** The display name: a known outlet's own ("Al Jazeera"), else the name as found. */
  name: string
  /** What gave it away. */
  from: OutletEvidence
}

/** What an outlet is detected from; every part is optional. */
export interface OutletClues {
  /** The article's text as imported. */
  text?: string
  /** The file it came from (`cnn-2016-01-20-kerry-lavrov.txt`). */
  fileName?: string | null
  /** The address it was loaded from or names as canonical. */
  url?: string | null
}

/**
 * The outlet an article comes from. Known outlets first, by the strongest clue: the URL's host, the
 * file name, then the text (a dateline's agency, a source, sign-off, copyright or byline line, or a
 * line that is just the outlet's name). When no known outlet shows, the bare host, the name on a
 * source line, or a file name's words before its date (`ledger-2016-01-21-…` → "Ledger"). Null when
 * nothing names one.
 */
export function detectOutlet(clues: OutletClues): DetectedOutlet | null {
  const host = hostOf(clues.url)
  const fileWords = fileNameWords(clues.fileName)
  const known =
    found(host === null ? null : knownOutletByHost(host), 'host') ??
    found(knownOutletInFileName(fileWords), 'file name') ??
    found(clues.text === undefined ? null : knownOutletInText(clues.text), 'text')
  if (known) return known
  return (
    found(host, 'host') ??
    found(clues.text === undefined ? null : sourceLineName(clues.text), 'text') ??
    found(fileNameStem(fileWords), 'file name')
  )
}

function found(name: string | null, from: OutletEvidence): DetectedOutlet | null {
  return name === null ? null : { name, from }
}

/** The host of an http(s) URL without `www.`, `m.` or `amp.`; null for anything else. */
function hostOf(url: string | null | undefined): string | null {
  const host = urlParts(url)?.host.replace(/^(?:www\d?|m|amp|mobile)\./, '')
  return host || null
}

/** A file name's words in lower case, without its extension or a leading `www`. */
function fileNameWords(fileName: string | null | undefined): string[] {
  if (!fileName) return []
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[a-z0-9]{1,5}$/i, '')
  const words = outletKey(base).split(' ').filter(Boolean)
  return words[0] === 'www' ? words.slice(1) : words
}

/** A known outlet named by the first one to three words of a file name, run together or apart. */
function knownOutletInFileName(words: string[]): string | null {
  for (let count = Math.min(MAX_NAME_WORDS, words.length); count >= 1; count--) {
    const head = words.slice(0, count)
    const name = knownOutletByName(head.join(' ')) ?? knownOutletByName(head.join(''))
    if (name === null) continue
    if (EVERYDAY_NAMES.has(outletKey(head.join(' '))) && !DATE_WORD.test(words[count] ?? '')) continue
    return name
  }
  return null
}

/** A file name's words before its full date, when one to three plain words lead to it (`ledger-2016-01-21-…`). */
function fileNameStem(words: string[]): string | null {
  const date = words.findIndex((_, i) => isFullDateAt(words, i))
  if (date < 1 || date > MAX_NAME_WORDS) return null
  const stem = words.slice(0, date)
  if (!stem.every((word) => /^[a-z]{2,}$/.test(word))) return null
  return stem.map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' ')
}

/** Whether a file name's words hold a full date from `at`: `2016 01 20` or `20160120`. */
function isFullDateAt(words: string[], at: number): boolean {
  const word = words[at] ?? ''
  if (/^(?:19|20)\d{6}$/.test(word)) return true
  return (
    /^(?:19|20)\d{2}$/.test(word) &&
    /^\d{1,2}$/.test(words[at + 1] ?? '') &&
    /^\d{1,2}$/.test(words[at + 2] ?? '')
  )
}

/** A known outlet named by the furniture at the top or bottom of the text, or a dateline's agency. */
function knownOutletInText(text: string): string | null {
  for (const line of headLines(text)) {
    const name = knownOutletOnLine(line)
    if (name) return name
  }
  for (const line of headLineOpenings(text)) {
    const name = datelineAgency(line)
    if (name) return name
  }
  for (const line of tailLines(text)) {
    const name = knownOutletOnLine(line)
    if (name) return name
  }
  return null
}

/** The known outlet in parentheses of a dateline opening a line (`WASHINGTON (Reuters) -`, `(CNN)`). */
function datelineAgency(line: string): string | null {
  const end = findDateline(line, 0, line.length)
  const agency = end === -1 ? undefined : DATELINE_AGENCY.exec(line.slice(0, end))?.[1]
  return agency === undefined ? null : knownOutletByName(agency)
}

/** The known outlet a furniture line names: the whole line, or a source, sign-off, copyright or byline line. */
function knownOutletOnLine(line: string): string | null {
  const whole = knownOutletByName(line.replace(/^\(|\)$/g, ''))
  if (whole) return whole
  for (const pattern of [SOURCE_LINE, SIGN_OFF, COPYRIGHT, BYLINE_OUTLET]) {
    const written = pattern.exec(line)?.[1]
    const name = written === undefined ? null : knownOutletByName(written.trim())
    if (name) return name
  }
  return null
}

/** The name on a source line of an outlet not in the table (`Source: The Evening Ledger`). */
function sourceLineName(text: string): string | null {
  for (const line of [...headLines(text), ...tailLines(text)]) {
    const written = SOURCE_LINE.exec(line)?.[1]?.trim()
    if (written && written.split(/\s+/).length <= 5 && !/^agenc(?:y|ies)$/i.test(written)) return written
  }
  return null
}
