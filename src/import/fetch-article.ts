import { type ArticleDraft, ImportError, MAX_FILE_BYTES } from './article-draft.ts'
import { acceptText } from './normalize-text.ts'
import { draftFromText } from './text-metadata.ts'

/**
 * Said whenever the browser refuses a fetch: the site does not allow other sites to read it (no
 * CORS), the address is plain http (the app's CSP allows https only), or the network is down.
 */
export const blockedFetchMessage =
  'The browser blocked loading this page (most news sites do not let other sites read them); ' +
  'save the page from your browser and drop the file here instead.'

/**
 * Fetches an article from a URL, only ever on a person's request: no cookies, no referrer.
 * HTML goes through the same sanitising and Readability as a dropped page.
 */
export async function fetchArticle(url: string, fetchImpl: typeof fetch = fetch): Promise<ArticleDraft> {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new ImportError('unsupported', 'That is not a web address; it should start with https://.')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ImportError('unsupported', 'Only http and https addresses can be loaded.')
  }
  let response: Response
  try {
    response = await fetchImpl(parsed.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    })
  } catch {
    throw new ImportError('blocked', blockedFetchMessage)
  }
  if (!response.ok) {
    throw new ImportError('http', `The site answered ${response.status}; the page could not be loaded.`)
  }
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > MAX_FILE_BYTES) throw new ImportError('too-large', 'The page is larger than 20 MB.')
  const body = await response.text()
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('html') || /^\s*<(!doctype|html)/i.test(body)) {
    const { draftFromHtml } = await import('./draft-from-html.ts')
    return { url: parsed.href, ...(await draftFromHtml(body, 'The page', parsed.href)) }
  }
  if (type !== '' && !type.startsWith('text/')) {
    throw new ImportError('unsupported', `The address gives ${type.split(';')[0]}, not a web page or text.`)
  }
  return { ...(await draftFromText(acceptText(body, 'The page'), { url: parsed.href })), url: parsed.href }
}
