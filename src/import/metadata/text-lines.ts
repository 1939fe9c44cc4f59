/** How many non-blank lines from the top are searched for an article's furniture. */
const HEAD_LINES = 15
/** How many non-blank lines from the bottom are searched for sign-offs and source lines. */
const TAIL_LINES = 8
/** Longest line read as furniture: longer ones are prose. */
const MAX_LINE = 200

/** The first few non-blank lines of a text, trimmed, skipping lines too long to be furniture. */
export function headLines(text: string): string[] {
  return nonBlankLines(text.slice(0, 20_000))
    .slice(0, HEAD_LINES)
    .filter((line) => line.length <= MAX_LINE)
}

/**
 * The opening of each of the first few non-blank lines, trimmed and cut to the longest furniture
 * line: where a dateline glued to its paragraph (`Davos, Switzerland (CNN)Secretary of State …`) shows.
 */
export function headLineOpenings(text: string): string[] {
  return nonBlankLines(text.slice(0, 20_000))
    .slice(0, HEAD_LINES)
    .map((line) => line.slice(0, MAX_LINE))
}

/** The last few non-blank lines of a text, trimmed, skipping lines too long to be furniture. */
export function tailLines(text: string): string[] {
  return nonBlankLines(text.slice(-20_000))
    .slice(-TAIL_LINES)
    .filter((line) => line.length <= MAX_LINE)
}

function nonBlankLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
