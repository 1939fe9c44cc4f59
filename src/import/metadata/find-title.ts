import { findDateline, matchFurniture } from '../../engine/report-api.ts'
import { knownOutletByName } from './known-outlets.ts'

/** The longest line still taken for a headline. */
const MAX_TITLE_CHARS = 200
/** How many non-blank lines from the top may be furniture before the headline. */
const MAX_LINES_BEFORE_TITLE = 6

/**
 * The headline of plain text: the first line that is no page furniture (a timestamp such as
 * "3 July 2013 Last updated at 13:38 GMT", a byline, a bare dateline, the outlet's name), if it reads
 * like a headline: short and not a sentence ending in a full stop. Markdown heading marks are dropped.
 * Undefined when the first real line is prose, or none shows near the top.
 */
export function findTitle(text: string): string | undefined {
  let seen = 0
  let from = 0
  while (from < text.length && seen < MAX_LINES_BEFORE_TITLE) {
    const newline = text.indexOf('\n', from)
    const end = newline === -1 ? text.length : newline
    const line = text
      .slice(from, end)
      .replace(/^#{1,6}\s+/, '')
      .trim()
    from = end + 1
    if (line === '') continue
    seen++
    if (line.length <= MAX_TITLE_CHARS && isFurnitureLine(line)) continue
    if (line.length > MAX_TITLE_CHARS) return undefined
    if (/[.,;:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return undefined
    return line
  }
  return undefined
}

/** Whether a line is furniture above a headline rather than the headline itself. */
function isFurnitureLine(line: string): boolean {
  if (knownOutletByName(line) !== null) return true
  if (findDateline(line, 0, line.length) === line.length) return true
  return matchFurniture(line) !== null
}
