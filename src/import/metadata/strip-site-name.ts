import { knownOutletByName, outletKey } from './known-outlets.ts'

/** `Headline | Outlet`, `Headline - BBC News`: the site's name after a spaced separator. */
const SUFFIX = /\s+[|–—-]\s+([^|–—]{2,60})$/
/** `BBC News - Headline`, `Outlet | Headline`: the site's name before one. */
const PREFIX = /^([^|–—]{2,40}?)\s+[|–—-]\s+/

/**
 * A page title without the site's name that pages put before or after the headline
 * ("Quake kills five | The Evening Ledger" → "Quake kills five"): only when that part is the
 * article's outlet or a known outlet, so a headline with a dash in it stays whole.
 */
export function stripSiteName(title: string, source: string | null | undefined): string {
  const isSite = (part: string) =>
    (source ? outletKey(part) === outletKey(source) : false) || knownOutletByName(part) !== null
  const suffix = SUFFIX.exec(title)
  if (suffix?.[1] && isSite(suffix[1])) return title.slice(0, suffix.index).trim()
  const prefix = PREFIX.exec(title)
  if (prefix?.[1] && isSite(prefix[1])) return title.slice(prefix[0].length).trim()
  return title
}
