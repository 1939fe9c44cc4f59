import type { ArticleInput } from '../engine/index.ts'

/** One batch request: an id to echo and the articles to compare. */
export interface BatchRequest {
  /** Echoed as the report's `id`. */
  id: string
  /** At least one article; a single article gives an all-unique report. */
  articles: ArticleInput[]
}

/** A line that could not be used, with the request id when one could be read. */
export interface BatchLineError {
  /** The request's id, or null when the line has none (or is not JSON). */
  id: string | null
  /** What is wrong, in words. */
  error: string
}

/** Parses and checks one JSON Lines request; returns an error value instead of throwing. */
export function parseBatchRequest(line: string): BatchRequest | BatchLineError {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` }
  }
  if (!isRecord(value)) return { id: null, error: 'a request must be a JSON object' }
  const id = typeof value.id === 'string' ? value.id : null
  const fail = (error: string): BatchLineError => ({ id, error })
  if (id === null) return fail('"id" must be a string')
  if (!Array.isArray(value.articles)) return fail('"articles" must be an array')
  if (value.articles.length === 0) return fail('"articles" is empty; give at least one article')
  const articles: ArticleInput[] = []
  const ids = new Set<string>()
  for (const [index, item] of value.articles.entries()) {
    const article = toArticle(item)
    if (typeof article === 'string') return fail(`articles[${index}]: ${article}`)
    if (ids.has(article.id)) return fail(`articles[${index}]: duplicate article id "${article.id}"`)
    ids.add(article.id)
    articles.push(article)
  }
  return { id, articles }
}

/** Checks one article object; returns the article or what is wrong with it. */
function toArticle(value: unknown): ArticleInput | string {
  if (!isRecord(value)) return 'an article must be an object'
  if (typeof value.id !== 'string' || value.id === '') return '"id" must be a non-empty string'
  if (typeof value.text !== 'string') return '"text" must be a string'
  if (value.title !== undefined && typeof value.title !== 'string') return '"title" must be a string'
  const article: ArticleInput = { id: value.id, text: value.text }
  if (typeof value.title === 'string') article.title = value.title
  for (const key of ['source', 'published', 'url'] as const) {
    const field = value[key]
    if (field === undefined) continue
    if (field !== null && typeof field !== 'string') return `"${key}" must be a string or null`
    article[key] = field
  }
  return article
}

/** A plain JSON object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
