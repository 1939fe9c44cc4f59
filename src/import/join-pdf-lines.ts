/** One line of a PDF page's text layer, with its baseline position. */
export interface PdfLine {
  /** The line's text. */
  text: string
  /** The baseline's distance from the bottom of the page, in PDF units. */
  y: number
  /** The font size, in PDF units. */
  height: number
}

/** A gap between baselines this many times the font size or more starts a new paragraph. */
const PARAGRAPH_GAP = 1.6

/**
 * Rejoins a PDF page's layout lines into paragraphs: lines close together are one paragraph
 * (a word broken by a hyphen at the line end is mended, a compound keeps its hyphen), a wider gap
 * starts the next.
 */
export function joinPdfLines(lines: PdfLine[]): string {
  const paragraphs: string[] = []
  let current = ''
  let previous: PdfLine | null = null
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim()
    if (text === '') continue
    const gap = previous ? Math.abs(previous.y - line.y) : 0
    const newParagraph = previous !== null && gap >= PARAGRAPH_GAP * Math.max(previous.height, 1)
    if (current === '' || newParagraph) {
      if (current !== '') paragraphs.push(current)
      current = text
    } else if (/[a-z]-$/.test(current) && /^[a-z]/.test(text)) {
      current = current.slice(0, -1) + text // a word broken at the line end: "expec-" + "ted"
    } else if (/\S[-\u2010\u2013]$/.test(current)) {
      current += text // a compound or range broken after its dash: "pro-" + "Assad", "2015-" + "16"
    } else {
      current = `${current} ${text}`
    }
    previous = line
  }
  if (current !== '') paragraphs.push(current)
  return paragraphs.join('\n\n')
}
