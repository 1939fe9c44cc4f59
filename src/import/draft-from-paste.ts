import type { ArticleDraft } from './article-draft.ts'
import { acceptText } from './normalize-text.ts'
import { draftFromText } from './text-metadata.ts'

/** What a paste carried: the clipboard's `text/html` and `text/plain` flavours. */
export interface PastedContent {
  html: string
  text: string
}

/**
 * An article draft from a paste. A copied web page arrives as HTML too: its main text is taken
 * through sanitising and Readability; when that finds no article (a short selection), the plain
 * text the browser put beside it is used.
 */
export async function draftFromPaste(content: PastedContent): Promise<ArticleDraft> {
  if (content.html.trim() !== '') {
    const { draftFromHtml } = await import('./draft-from-html.ts')
    try {
      return await draftFromHtml(content.html, 'The pasted page')
    } catch {
      // No article found in the markup: fall back to the plain text below.
    }
  }
  return await draftFromText(acceptText(content.text, 'The pasted text'))
}
