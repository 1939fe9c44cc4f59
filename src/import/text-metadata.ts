import type { ArticleDraft } from './article-draft.ts'
import type { DraftOrigin } from './metadata/complete-draft.ts'

/**
 * The draft with its title, outlet and publication date filled in from what its text, file name and
 * URL give away (`completeDraft`), wherever the draft has none: what a page or a person stated wins.
 * The detection (and chrono-node's date parser with it) loads on first use, not with the page.
 */
export async function withDetectedMetadata(
  draft: ArticleDraft,
  origin: DraftOrigin = {},
): Promise<ArticleDraft> {
  const { completeDraft } = await import('./metadata/complete-draft.ts')
  return completeDraft(draft, origin)
}

/** An article draft from plain text, with title, outlet and date prefilled where the text shows them. */
export function draftFromText(text: string, origin: DraftOrigin = {}): Promise<ArticleDraft> {
  return withDetectedMetadata({ text }, origin)
}

/** The date part (`2016-01-20`) of an ISO date or date-time, or null when it is not one. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())
  if (match?.[1]) return match[1]
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10)
}
