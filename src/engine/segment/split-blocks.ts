import { isTerminator } from './punctuation.ts'
import { isLowerAt, type TextRange, trimRange } from './text-range.ts'

/** A paragraph of the article: one line, or several when a hard-wrapped sentence runs on. */
export interface Block extends TextRange {
  /** Whitespace before the block's first line, in UTF-16 units; scraped pages indent body paragraphs. */
  indent: number
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g

/**
 * Splits a text into trimmed paragraphs in one pass. Scraped pages put each paragraph on its own line,
 * so a line break ends a block, except that a line starting in lower case continues a previous line
 * that did not end a sentence (hard-wrapped text), unless `standsAlone` says the line is a unit of
 * its own (a timestamp such as "on April 30, 2008" under a headline).
 */
export function splitBlocks(text: string, standsAlone: (line: TextRange) => boolean = () => false): Block[] {
  const blocks: Block[] = []
  let current: Block | null = null
  let lineStart = 0
  for (;;) {
    LINE_BREAK.lastIndex = lineStart
    const lineEnd = LINE_BREAK.exec(text)?.index ?? text.length
    const line = trimRange(text, lineStart, lineEnd)
    if (line.end === line.start) current = null
    else if (
      current &&
      !isTerminator(text.charCodeAt(current.end - 1)) &&
      isLowerAt(text, line.start) &&
      !standsAlone(line)
    ) {
      current.end = line.end
    } else {
      current = { start: line.start, end: line.end, indent: line.start - lineStart }
      blocks.push(current)
    }
    if (lineEnd >= text.length) return blocks
    const crlf = text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
    lineStart = lineEnd + (crlf ? 2 : 1)
  }
}
