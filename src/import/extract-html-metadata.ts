/** What a page says about itself in its `<head>`, read as plain strings. */
export interface HtmlMetadata {
  /** og:title, else the `<title>` text; null when the page has neither. */
  title: string | null
  /** og:site_name, the outlet's name; null when absent. */
  source: string | null
  /** article:published_time (or a common equivalent) as an ISO date `YYYY-MM-DD`; null when absent. */
  published: string | null
  /** The canonical link (else og:url, else the base URL), absolute http(s) only; null otherwise. */
  url: string | null
}

/** Reads title, outlet, publication date and canonical URL from a parsed page. */
export function extractHtmlMetadata(document: Document, baseUrl?: string): HtmlMetadata {
  const title = readMeta(document, ['og:title', 'twitter:title']) ?? normalizeSpace(document.title)
  const published = readMeta(document, [
    'article:published_time',
    'og:published_time',
    'datePublished',
    'pubdate',
    'publish-date',
    'date',
  ])
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null
  return {
    title,
    source: readMeta(document, ['og:site_name', 'application-name']),
    published: published === null ? null : toIsoDate(published),
    url:
      resolveHttpUrl(canonical, baseUrl) ??
      resolveHttpUrl(readMeta(document, ['og:url']), baseUrl) ??
      resolveHttpUrl(baseUrl ?? null),
  }
}

/** The first non-empty `content` among `<meta>` tags whose property, name or itemprop is one of `keys`. */
function readMeta(document: Document, keys: string[]): string | null {
  const metas = Array.from(document.querySelectorAll('meta[content]'))
  for (const key of keys) {
    const wanted = key.toLowerCase()
    for (const meta of metas) {
      const names = ['property', 'name', 'itemprop'].map((attribute) =>
        meta.getAttribute(attribute)?.toLowerCase(),
      )
      if (!names.includes(wanted)) continue
      const content = normalizeSpace(meta.getAttribute('content') ?? '')
      if (content !== null) return content
    }
  }
  return null
}

/** Collapses whitespace; null for an empty result. */
function normalizeSpace(value: string): string | null {
  const normalized = value.replace(/\s+/g, ' ').trim()
  return normalized === '' ? null : normalized
}

/**
 * An ISO date from a timestamp. A leading `YYYY-MM-DD` is kept as written: converting
 * `2016-01-20T23:30:00-05:00` to UTC would move the story to the next day.
 */
function toIsoDate(value: string): string | null {
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (written !== null) {
    const month = Number(written[2])
    const day = Number(written[3])
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? written[0] : null
  }
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
}

/** An absolute http(s) URL, or null: a `javascript:` canonical link must never reach a view. */
function resolveHttpUrl(href: string | null, baseUrl?: string): string | null {
  if (href === null || href.trim() === '') return null
  try {
    const url = new URL(href.trim(), baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
