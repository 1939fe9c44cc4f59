import { type ArticleInput, DEFAULT_MATCH_CUT, type Overrides } from '../../engine/report-api.ts'

/** The default match sensitivity of a new comparison: the match model's learned probability cut. */
export const DEFAULT_THRESHOLD: number = DEFAULT_MATCH_CUT

/** The name a comparison starts with until its first article names it. */
export const NEW_COMPARISON_NAME = 'New comparison'

/** One comparison as a person keeps it: its articles, their verdicts and the sensitivity. */
export interface SavedComparison {
  /** Storage key, unique on this device. */
  id: string
  /** The name shown in the saved list. */
  name: string
  /** The articles, in column order. */
  articles: ArticleInput[]
  /** A person's verdicts on claims, by claim key. */
  overrides: Overrides
  /** Match sensitivity: the probability 0..1 from which two segments count as one claim. */
  threshold: number
  /** When it was created (ms since the epoch). */
  createdAt: number
  /** When it last changed (ms since the epoch). */
  updatedAt: number
  /** When it was last opened (ms since the epoch); the newest is reopened at start. */
  openedAt: number
}

/** A saved comparison as the list shows it, without its texts. */
export interface SavedComparisonSummary {
  id: string
  name: string
  articleCount: number
  updatedAt: number
}

/** What a new comparison starts from. */
export interface ComparisonContent {
  name: string
  articles: ArticleInput[]
  overrides?: Overrides
  threshold?: number
}

/** A new comparison with a fresh id, opened now. */
export function createComparison(content: ComparisonContent, now = Date.now()): SavedComparison {
  return {
    id: crypto.randomUUID(),
    name: content.name,
    articles: content.articles,
    overrides: content.overrides ?? {},
    threshold: content.threshold ?? DEFAULT_THRESHOLD,
    createdAt: now,
    updatedAt: now,
    openedAt: now,
  }
}

/** The list entry for a saved comparison. */
export function summarize(comparison: SavedComparison): SavedComparisonSummary {
  return {
    id: comparison.id,
    name: comparison.name,
    articleCount: comparison.articles.length,
    updatedAt: comparison.updatedAt,
  }
}
