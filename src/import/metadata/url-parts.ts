/** An http(s) address's host (lower case, no port or credentials) and path. */
export interface UrlParts {
  host: string
  path: string
}

/** `scheme://[user@]host[:port][path]`: the parts outlet and date detection read. */
const HTTP_URL = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d{1,5})?([^?#]*)/i

/**
 * The host and path of an http(s) URL, or null for anything else. A pattern, not `URL`: the engine
 * runs without the DOM's globals, and only these two parts are needed.
 */
export function urlParts(url: string | null | undefined): UrlParts | null {
  const match = url ? HTTP_URL.exec(url.trim()) : null
  if (!match?.[1]) return null
  return { host: match[1].toLowerCase(), path: match[2] ?? '' }
}
