import type { ArticleInput } from '../../engine/report-api.ts'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { NEW_COMPARISON_NAME, type SavedComparison } from './saved-comparison.ts'

/** A short id from the outlet or title ("cnn", "al-jazeera"), unique among `taken`. */
export function uniqueArticleId(draft: ArticleDraft, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base =
    (draft.source ?? draft.title ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24)
      .replace(/-+$/, '') || 'article'
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

/** The articles with the drafts appended, each given an id unique in the comparison. */
export function addArticles(articles: ArticleInput[], drafts: ArticleDraft[]): ArticleInput[] {
  const next = [...articles]
  for (const draft of drafts) {
    next.push({
      ...draft,
      id: uniqueArticleId(
        draft,
        next.map((article) => article.id),
      ),
    })
  }
  return next
}

/** The articles with one replaced by its edited version; the id never changes. */
export function updateArticle(articles: ArticleInput[], id: string, changes: ArticleDraft): ArticleInput[] {
  return articles.map((article) => (article.id === id ? { ...article, ...changes, id } : article))
}

/** The articles without one. */
export function removeArticle(articles: ArticleInput[], id: string): ArticleInput[] {
  return articles.filter((article) => article.id !== id)
}

/** The articles with one moved by `offset` places (-1 left, +1 right), clamped at the ends. */
export function moveArticle(articles: ArticleInput[], id: string, offset: number): ArticleInput[] {
  const from = articles.findIndex((article) => article.id === id)
  if (from < 0) return articles
  const to = Math.min(articles.length - 1, Math.max(0, from + offset))
  if (to === from) return articles
  const next = [...articles]
  const [moved] = next.splice(from, 1)
  if (moved) next.splice(to, 0, moved)
  return next
}

/** The draft with its fields trimmed; blank optional fields become absent (null), a blank title absent. */
export function tidyDraft(draft: ArticleDraft): ArticleDraft {
  const tidy: ArticleDraft = { text: draft.text }
  const title = draft.title?.trim()
  if (title) tidy.title = title
  tidy.source = draft.source?.trim() || null
  tidy.published = draft.published?.trim() || null
  tidy.url = draft.url?.trim() || null
  return tidy
}

/** The comparison with the drafts added; a new, still unnamed comparison takes its first article's title. */
export function addToComparison(comparison: SavedComparison, drafts: ArticleDraft[]): SavedComparison {
  const unnamed = comparison.name === NEW_COMPARISON_NAME && comparison.articles.length === 0
  const title = drafts.find((draft) => draft.title)?.title
  return {
    ...comparison,
    articles: addArticles(comparison.articles, drafts),
    name: unnamed && title ? title : comparison.name,
  }
}
