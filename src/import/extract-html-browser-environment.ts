import DOMPurify from 'dompurify'
import type { DomEnvironment } from './extract-html-article.ts'

/** The browser's DOM environment for `extractHtmlArticle`: its DOMParser and the global DOMPurify. */
export function createBrowserDomEnvironment(): DomEnvironment {
  const parser = new DOMParser()
  return { parse: (html) => parser.parseFromString(html, 'text/html'), purify: DOMPurify }
}
