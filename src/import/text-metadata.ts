import type { ArticleDraft } from './article-draft.ts'

/** The longest first line that is still taken for a headline. */
const MAX_TITLE_CHARS = 200

/**
 * Prefills a title from the first line of plain text when it reads like a headline: short and
 * not a finished sentence ending in a full stop. Markdown heading marks are dropped.
 */
export function titleFromText(text: string): string | undefined {
  const firstLine = text.split('\n').find((line) => line.trim() !== '')
  if (!firstLine) return undefined
  const line = firstLine.replace(/^#{1,6}\s+/, '').trim()
  if (line.length === 0 || line.length > MAX_TITLE_CHARS) return undefined
  if (/[.,;:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return undefined
  return line
}

/** An article draft from plain text, with the title taken from its first line. */
export function draftFromText(text: string): ArticleDraft {
  const title = titleFromText(text)
  return title ? { text, title } : { text }
}

/** The date part (`2016-01-20`) of an ISO date or date-time, or null when it is not one. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())
  if (match?.[1]) return match[1]
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10)
}
