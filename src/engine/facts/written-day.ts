import { extractDateFacts } from './date-facts.ts'
import { scanWords } from './words.ts'

// A date fact's key when day, month and year are all known.
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The first date in `text` with its day, month and year all given (`Tuesday, July 2nd, 2013`,
 * `20 Jan 2016 10:28 GMT`, `2016-01-20`), as `YYYY-MM-DD`; null when there is none. Read by the
 * engine's own date facts, so an article's timestamp line and its sentences are read alike, and
 * with no publication day to guess a missing year from.
 */
export function writtenDay(text: string): string | null {
  const facts = extractDateFacts(text, scanWords(text), null)
  return facts.find((fact) => fact.kind === 'date' && FULL_DAY.test(fact.key))?.key ?? null
}
