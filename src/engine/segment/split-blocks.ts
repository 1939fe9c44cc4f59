import { isTerminator } from './punctuation.ts'
import { isLowerAt, type TextRange, trimRange } from './text-range.ts'

/** A paragraph of the article: one line, or several when a hard-wrapped sentence runs on. */
export interface Block extends TextRange {
  /** Whitespace before the block's first line, in UTF-16 units; scraped pages indent body paragraphs. */
  indent: number
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g
/** A list item starts its own block even in hard-wrapped text. */
const LIST_ITEM = /^(?:[•·▪◦‣●○■□►▸*\-–—]|\d{1,3}[.)])\s/u

/** Longest line of a hard-wrapped text (mail and plain-text files wrap at 72–80 columns). */
const MAX_WRAP_WIDTH = 100
/** Shortest line that counts as filled up to the wrap width. */
const MIN_WRAPPED_LINE = 40
/** Fewest wrapped lines, and their least share of all lines, for a text to count as hard-wrapped. */
const MIN_WRAPPED_LINES = 4
const MIN_WRAPPED_SHARE = 0.5

/** The trimmed lines of a text, blank ones as empty ranges, each with its indentation. */
function readLines(text: string): Block[] {
  const lines: Block[] = []
  let lineStart = 0
  for (;;) {
    LINE_BREAK.lastIndex = lineStart
    const lineEnd = LINE_BREAK.exec(text)?.index ?? text.length
    const line = trimRange(text, lineStart, lineEnd)
    lines.push({ start: line.start, end: line.end, indent: line.start - lineStart })
    if (lineEnd >= text.length) return lines
    const crlf = text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
    lineStart = lineEnd + (crlf ? 2 : 1)
  }
}

/**
 * Whether the text is hard-wrapped: no line is longer than a wrap width, and most lines that run on
 * into a next line are filled to it without ending a sentence. Scraped pages (one long line per
 * paragraph) and one-sentence-per-line datasets fail the test.
 */
function isHardWrapped(text: string, lines: Block[]): boolean {
  let wrapped = 0
  let filled = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Block
    const length = line.end - line.start
    if (length > MAX_WRAP_WIDTH) return false
    if (length === 0) continue
    filled++
    const next = lines[i + 1]
    const runsOn = next !== undefined && next.end > next.start
    if (runsOn && length >= MIN_WRAPPED_LINE && !isTerminator(text.charCodeAt(line.end - 1))) wrapped++
  }
  return wrapped >= MIN_WRAPPED_LINES && wrapped >= filled * MIN_WRAPPED_SHARE
}

/**
 * Splits a text into trimmed paragraphs. Scraped pages put each paragraph on its own line, so a line
 * break ends a block, except that a line starting in lower case continues a previous line that did
 * not end a sentence, unless `standsAlone` says the line is a unit of its own (a timestamp such as
 * "on April 30, 2008" under a headline). In hard-wrapped text only blank lines and list items end one.
 */
export function splitBlocks(text: string, standsAlone: (line: TextRange) => boolean = () => false): Block[] {
  const lines = readLines(text)
  const wrapped = isHardWrapped(text, lines)
  const blocks: Block[] = []
  let current: Block | null = null
  for (const line of lines) {
    if (line.end === line.start) {
      current = null
      continue
    }
    const continues =
      current !== null &&
      (wrapped
        ? !LIST_ITEM.test(text.slice(line.start, line.start + 4))
        : !isTerminator(text.charCodeAt(current.end - 1)) &&
          isLowerAt(text, line.start) &&
          !standsAlone(line))
    if (current && continues) current.end = line.end
    else {
      current = { start: line.start, end: line.end, indent: line.indent }
      blocks.push(current)
    }
  }
  return blocks
}
