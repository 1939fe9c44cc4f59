import type { ArticleInput, CompareOptions, Report, Segment } from './types.ts'

/**
 * Compares articles and returns a version-1 report.
 * Foundation placeholder: splits each article into paragraphs and aligns nothing yet.
 */
export function compareArticles(articles: ArticleInput[], _options: CompareOptions = {}): Report {
  const segments: Segment[] = []
  for (const article of articles) {
    let index = 0
    for (const match of article.text.matchAll(/[^\n]+/g)) {
      const text = match[0]
      const leading = text.length - text.trimStart().length
      const trimmed = text.trim()
      if (trimmed === '') continue
      const start = match.index + leading
      segments.push({
        id: `${article.id}:${index++}`,
        doc: article.id,
        start,
        end: start + trimmed.length,
        text: trimmed,
        role: 'body',
      })
    }
  }
  return {
    version: 1,
    documents: articles.map((article) => ({
      id: article.id,
      title: article.title ?? article.id,
      source: article.source ?? null,
      text: article.text,
      published: article.published ?? null,
      url: article.url ?? null,
    })),
    segments,
    claims: [],
    unique: segments.map((segment) => segment.id),
  }
}
