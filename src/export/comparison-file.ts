import {
  type ArticleInput,
  DEFAULT_MATCH_CUT,
  type Overrides,
  type OverrideVerdict,
  type Report,
} from '../engine/report-api.ts'

/** What makes a comparison: enough to recompute its report exactly. */
export interface ComparisonPayload {
  /** The comparison's name. */
  name: string
  /** The articles in column order, with their metadata. */
  articles: ArticleInput[]
  /** A person's verdicts on claims, by claim key. */
  overrides: Overrides
  /** Match sensitivity: the probability 0..1 from which two segments count as one claim. */
  threshold: number
}

/**
 * What `threshold` measures. Files without it come from before the learned matcher, when the
 * sensitivity cut a hand-weighted score: that number means nothing as a probability, so such a
 * file opens at the model's default cut instead.
 */
export const THRESHOLD_SCALE = 'match-probability'

/** The JSON export: the payload plus the report it gave, for readers outside Crosscheck. */
export interface ComparisonFile extends ComparisonPayload {
  format: 'crosscheck-comparison'
  version: 1
  /** What the threshold measures (absent in files written before the learned matcher). */
  thresholdScale: typeof THRESHOLD_SCALE
  exportedAt: string
  report: Report | null
}

const verdicts: ReadonlySet<string> = new Set<OverrideVerdict>([
  'confirmed',
  'not-same',
  'discrepancy',
  'agreement',
])

/** The JSON export of a comparison, pretty-printed so it reads in a diff. */
export function serializeComparison(
  payload: ComparisonPayload,
  report: Report | null,
  now = new Date(),
): string {
  const file: ComparisonFile = {
    format: 'crosscheck-comparison',
    version: 1,
    thresholdScale: THRESHOLD_SCALE,
    exportedAt: now.toISOString(),
    name: payload.name,
    articles: payload.articles,
    overrides: payload.overrides,
    threshold: payload.threshold,
    report,
  }
  return JSON.stringify(file, null, 2)
}

/**
 * Reads a comparison back from JSON (an export or a share link), checking every field, since the
 * text may come from anywhere. Throws an Error whose message says what is wrong, in words.
 */
export function parseComparison(json: string): ComparisonPayload {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw new Error('the file is not JSON')
  }
  if (!isRecord(data) || (data.format !== undefined && data.format !== 'crosscheck-comparison')) {
    throw new Error('this is not a Crosscheck comparison')
  }
  if (data.version !== undefined && data.version !== 1) {
    throw new Error(`it was saved by a newer Crosscheck (format version ${String(data.version)})`)
  }
  if (!Array.isArray(data.articles)) throw new Error('it has no list of articles')
  const articles = data.articles.map(readArticle)
  if (new Set(articles.map((article) => article.id)).size !== articles.length) {
    throw new Error('two of its articles have the same id')
  }
  const threshold =
    typeof data.threshold === 'number' && data.threshold >= 0 && data.threshold <= 1 ? data.threshold : null
  if (threshold === null) throw new Error('its match sensitivity is not a number between 0 and 1')
  const onScale = data.thresholdScale === THRESHOLD_SCALE
  return {
    name: typeof data.name === 'string' && data.name.trim() !== '' ? data.name : 'Imported comparison',
    articles,
    overrides: readOverrides(data.overrides),
    threshold: onScale ? threshold : DEFAULT_MATCH_CUT,
  }
}

function readArticle(value: unknown, index: number): ArticleInput {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '' || typeof value.text !== 'string') {
    throw new Error(`article ${index + 1} has no id or no text`)
  }
  const article: ArticleInput = { id: value.id, text: value.text }
  if (typeof value.title === 'string') article.title = value.title
  for (const key of ['source', 'published', 'url'] as const) {
    const field = value[key]
    if (typeof field === 'string' || field === null) article[key] = field
    else if (field !== undefined) throw new Error(`article ${index + 1} has a ${key} that is not text`)
  }
  return article
}

function readOverrides(value: unknown): Overrides {
  if (value === undefined) return {}
  if (!isRecord(value)) throw new Error('its overrides are not a list of verdicts')
  const overrides: Overrides = {}
  for (const [key, verdict] of Object.entries(value)) {
    if (typeof verdict !== 'string' || !verdicts.has(verdict))
      throw new Error(`it has an unknown verdict "${String(verdict)}"`)
    overrides[key] = verdict as OverrideVerdict
  }
  return overrides
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
