import type { DomEnvironment } from '../import/extract-html-article.ts'

/**
 * The Node DOM environment for `extractHtmlArticle`: jsdom's DOMParser and DOMPurify bound to
 * jsdom's window (DOMPurify is not safe on lighter DOMs). Loaded on demand: jsdom takes a few
 * hundred milliseconds to import, and most runs read no HTML.
 */
export async function loadJsdomEnvironment(): Promise<DomEnvironment> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')])
  const { window } = new JSDOM('')
  const parser = new window.DOMParser()
  return { parse: (html) => parser.parseFromString(html, 'text/html'), purify: createDOMPurify(window) }
}
