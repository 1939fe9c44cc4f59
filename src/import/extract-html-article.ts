import { Readability } from '@mozilla/readability'
import type { DOMPurify } from 'dompurify'
import { extractHtmlMetadata } from './extract-html-metadata.ts'
import { extractBlockText } from './extract-html-text.ts'

/**
 * The DOM pieces extraction needs, passed in because DOMPurify is only safe on a real window:
 * the browser passes its DOMParser and the global DOMPurify, Node passes jsdom's.
 */
export interface DomEnvironment {
  /** Parses HTML into an inert document: no scripts run, nothing is fetched. */
  parse: (html: string) => Document
  /** A DOMPurify instance bound to a real window (the browser's, or jsdom's). */
  purify: Pick<DOMPurify, 'sanitize'>
}

/** An article as extracted from an HTML page. */
export interface HtmlArticle {
  /** The main text: one paragraph per block, separated by blank lines, whitespace normalised. */
  text: string
  /** og:title, else `<title>`; null when the page has neither. */
  title: string | null
  /** The outlet (og:site_name); null when unknown. */
  source: string | null
  /** Publication date as an ISO date; null when unknown. */
  published: string | null
  /** The canonical URL (absolute, http or https); null when unknown. */
  url: string | null
}

/**
 * Extracts an article's main text and metadata from an HTML page. The page is sanitised with
 * DOMPurify before Readability sees it; metadata is read as attribute strings from the inert parse,
 * because DOMPurify drops `<meta property>` and `<link>`. When Readability finds no text (it drops
 * hidden elements and `<aside>`), the whole body's text is better than nothing.
 */
export function extractHtmlArticle(html: string, environment: DomEnvironment, baseUrl?: string): HtmlArticle {
  const metadata = extractHtmlMetadata(environment.parse(html), baseUrl)
  const clean = environment.parse(environment.purify.sanitize(html, { WHOLE_DOCUMENT: true }))
  // Readability mutates the document it reads, so it gets a copy; the fallback reads the original.
  const copy = clean.cloneNode(true) as Document
  const article = new Readability(copy, { serializer: (node: Node) => node }).parse()
  const main = article?.content ? extractBlockText(article.content) : ''
  if (main !== '') return { text: main, ...metadata }
  const body = clean.body === null ? '' : extractBlockText(clean.body)
  return { text: body, ...metadata }
}
