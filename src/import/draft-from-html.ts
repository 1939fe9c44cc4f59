import type { ArticleDraft } from './article-draft.ts'
import { defuseEventHandlers, restoreDefusedText } from './defuse-event-handlers.ts'
import { extractHtmlArticle } from './extract-html-article.ts'
import { createBrowserDomEnvironment } from './extract-html-browser-environment.ts'
import { acceptText } from './normalize-text.ts'
import { withDetectedMetadata } from './text-metadata.ts'

/**
 * An article draft from an HTML page or a pasted web selection: the page is sanitised with
 * DOMPurify, Readability keeps its main text, and the head prefills title, outlet, date and URL; what
 * the head does not say is read from the text, the address and the file name (`withDetectedMetadata`).
 * Loaded on demand, with Readability and DOMPurify, when HTML first arrives.
 */
export async function draftFromHtml(
  html: string,
  what: string,
  baseUrl?: string,
  fileName?: string,
): Promise<ArticleDraft> {
  const article = extractHtmlArticle(defuseEventHandlers(html), createBrowserDomEnvironment(), baseUrl)
  const draft: ArticleDraft = { text: acceptText(article.text, what) }
  // Titles and outlet names are text: give back what the defusing renamed inside them.
  if (article.title) draft.title = restoreDefusedText(article.title)
  if (article.source) draft.source = restoreDefusedText(article.source)
  if (article.published) draft.published = article.published
  if (article.url) draft.url = article.url
  return withDetectedMetadata(draft, { fileName, url: baseUrl })
}
