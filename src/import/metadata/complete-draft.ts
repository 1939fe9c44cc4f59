import type { ArticleDraft } from '../article-draft.ts'
import { detectMetadata } from './detect-metadata.ts'
import { stripSiteName } from './strip-site-name.ts'

/** Where a draft came from: clues to its outlet and date beside its text. */
export interface DraftOrigin {
  /** The dropped or picked file's name (`cnn-2016-01-20-kerry-lavrov.txt`). */
  fileName?: string
  /** The address it was loaded from. */
  url?: string | null
}

/**
 * The draft with its title, outlet and publication date filled in from what its text, file name
 * and URL give away, wherever the draft has none (what a page stated wins), and the site's name
 * taken off a page title ("Talks stall | The Evening Ledger").
 */
export function completeDraft(draft: ArticleDraft, origin: DraftOrigin): ArticleDraft {
  const found = detectMetadata({ text: draft.text, fileName: origin.fileName, url: draft.url ?? origin.url })
  const next = { ...draft }
  if (!next.source && found.source) next.source = found.source
  if (!next.published && found.published) next.published = found.published
  if (next.title) next.title = stripSiteName(next.title, next.source) || next.title
  else if (found.title) next.title = found.title
  return next
}
