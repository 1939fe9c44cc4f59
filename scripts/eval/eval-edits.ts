import { join } from 'node:path'
import type { MatchModel } from '../../src/engine/align/match-model.ts'
import {
  type ArticleInput,
  compareArticles,
  type DifferenceKind,
  type Segment,
} from '../../src/engine/index.ts'
import type { SetOutcome } from './eval-result.ts'
import type { EvalSet } from './eval-set.ts'
import {
  editMonthDay,
  editNegation,
  editNumber,
  editQuoteWord,
  editWeekday,
  type FactEditor,
  placeEditor,
  surnameEditor,
} from './fact-edits.ts'
import { foldOfTopic } from './folds.ts'
import { readJsonl } from './read-jsonl.ts'

/** Edits per kind: enough for a share to mean something, few enough to run in seconds. */
const EDITS_PER_KIND = 60

/** The editors, by kind; the article-aware ones are made per article. */
const EDITORS: Record<string, (article: string) => FactEditor> = {
  number: () => editNumber,
  weekday: () => editWeekday,
  'month day': () => editMonthDay,
  negation: () => editNegation,
  'quote word': () => editQuoteWord,
  place: placeEditor,
  surname: surnameEditor,
}

/** One edit that did not come out as exactly one difference of its kind, for reading. */
interface Miss {
  article: string
  change: string
  sentence: string
  found: DifferenceKind[]
}

/**
 * Edited facts: real articles (the ECB+ dev articles), each compared with a copy in which one fact
 * of one sentence is edited by rule (a count, a weekday, a day of a month, a negation, a word of a
 * quote, a place, a surname). A hit is a report with exactly one difference, of the edited kind:
 * nothing missed, nothing else flagged. This is how held-out cases built by editing real articles
 * look, so it measures what matters there; no rule of the engine may key on these texts.
 */
export const EDITS: EvalSet<EditedArticle> = {
  name: 'edits',
  trainedAs: 'ecb',
  load: loadEdits,
  // ECB+ article ids start with their topic (`12_3ecb`): an edit is judged by a model that never saw its topic.
  foldOf: (edit) => foldOfTopic(edit.article.id.split('_')[0] ?? ''),
  score: scoreEdits,
}

/** One article and its copy with one fact edited. */
interface EditedArticle {
  /** The edit's kind (a key of EDITORS). */
  kind: string
  /** The original article. */
  article: ArticleInput
  /** The edited copy and what was changed. */
  edit: SentenceEdit
}

/** An article's text with one sentence edited, the sentence, the change, and the kinds that count as found. */
interface SentenceEdit {
  text: string
  sentence: string
  change: string
  expected: DifferenceKind[]
}

/** `limit` edits per kind (60 by default), each of the first suitable sentence of one article, articles in order. */
function loadEdits(dir: string, limit?: number): EditedArticle[] {
  const requests = readJsonl<{ articles: ArticleInput[] }>(join(dir, 'ecbplus-dev', 'ecbplus-dev.jsonl'))
  const articles = requests.flatMap((request) => request.articles)
  const perKind = limit ?? EDITS_PER_KIND
  const edits: EditedArticle[] = []
  for (const [kind, makeEditor] of Object.entries(EDITORS)) {
    let tries = 0
    for (const article of articles) {
      if (tries >= perKind) break
      const edit = editOneSentence(article, makeEditor(article.text))
      if (!edit) continue
      tries++
      edits.push({ kind, article, edit })
    }
  }
  return edits
}

function scoreEdits(edits: readonly EditedArticle[], model: MatchModel): SetOutcome {
  const hits: Record<string, number> = {}
  const tries: Record<string, number> = {}
  const misses: Record<string, Miss[]> = {}
  for (const kind of Object.keys(EDITORS)) {
    hits[kind] = 0
    tries[kind] = 0
    misses[kind] = []
  }
  for (const { kind, article, edit } of edits) {
    tries[kind] = (tries[kind] ?? 0) + 1
    const report = compareArticles(
      [
        { id: 'original', text: article.text },
        { id: 'edited', text: edit.text },
      ],
      { model },
    )
    const found = report.claims.flatMap((claim) => claim.differences.map((difference) => difference.kind))
    const [only] = found
    if (found.length === 1 && only !== undefined && edit.expected.includes(only))
      hits[kind] = (hits[kind] ?? 0) + 1
    else misses[kind]?.push({ article: article.id, change: edit.change, sentence: edit.sentence, found })
  }
  const metrics: Record<string, number> = {}
  // A fold may hold no edit of a kind (edits come from the first suitable articles): NaN, not 0,
  // so cross-validation averages the kind over the folds that tried it.
  for (const kind of Object.keys(EDITORS))
    metrics[kind] = tries[kind] ? (hits[kind] ?? 0) / (tries[kind] ?? 1) : Number.NaN
  const total = Object.values(hits).reduce((sum, n) => sum + n, 0)
  const attempted = Object.values(tries).reduce((sum, n) => sum + n, 0)
  metrics['all kinds'] = total / Math.max(1, attempted)
  return {
    set: 'edits',
    items: attempted,
    metrics,
    detail: { hits, tries, misses, rule: 'hit = exactly one difference in the report, of the edited kind' },
  }
}

const segmentsByArticle = new Map<ArticleInput, Segment[]>()

/** The article's body segments, as the engine splits it; each article is split once for all kinds. */
function bodySegments(article: ArticleInput): Segment[] {
  let segments = segmentsByArticle.get(article)
  if (segments === undefined) {
    segments = compareArticles([{ id: 'a', text: article.text }]).segments.filter((s) => s.role === 'body')
    segmentsByArticle.set(article, segments)
  }
  return segments
}

/** The article with its first editable body sentence edited, or null when no sentence can be. */
function editOneSentence(article: ArticleInput, editor: FactEditor): SentenceEdit | null {
  for (const segment of bodySegments(article)) {
    const edit = editor(segment.text)
    if (!edit) continue
    return {
      text: article.text.slice(0, segment.start) + edit.edited + article.text.slice(segment.end),
      sentence: segment.text,
      change: edit.change,
      expected: edit.expected,
    }
  }
  return null
}
