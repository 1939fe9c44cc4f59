import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleInput, TextSpan } from '../../src/engine/index.ts'
import { foldOfTopic } from '../eval/folds.ts'
import { readJsonl } from '../eval/read-jsonl.ts'

/**
 * Claim labels made by reading (`../shared/eval/CLAIMS-GUIDE.md`): which sentences of an ECB+
 * sub-topic report the same claim. Two kinds: the annotated sentences of every sub-topic
 * (`ecbplus-dev-claims.jsonl`), and every line of whole clusters (`ecbplus-dev-full-*.jsonl` in
 * the data folder, plus the clusters this project labelled itself with the same guide, kept as
 * keys and short claim phrases in `scripts/eval/claim-labels/`).
 */

/** One sub-topic's labelled stretches and the claims among them. */
export interface ClaimLabelledTopic {
  /** The sub-topic id, e.g. `ecbplus-2b`. */
  id: string
  /** The ECB+ topic number: the cross-validation fold follows it. */
  topic: string
  /** `train` or `dev` in ECB+'s split. */
  split: string
  /** The articles, as a batch request gives them. */
  articles: ArticleInput[]
  /** Every labelled stretch (an annotated sentence or a whole line), by key. */
  stretches: Array<TextSpan & { key: string }>
  /** The claims: each a list of stretch keys. */
  claims: string[][]
}

/** One batch request of the data folder. */
interface Request {
  id: string
  articles: ArticleInput[]
}

/** A claim-label row: the sub-topic and its claims. */
interface ClaimRow {
  id: string
  claims: Array<{ claim: string; sentences: string[] }>
}

/** A row of stretches with offsets (`ecbplus-dev-gold.jsonl`, `ecbplus-dev-full-lines.jsonl`). */
interface StretchRow {
  id: string
  topic?: number
  split?: string
  sentences: Array<TextSpan & { key: string }>
}

/** Where this project keeps the whole clusters it labelled itself. */
export const PROJECT_LABELS = fileURLToPath(new URL('../eval/claim-labels', import.meta.url))

/** The annotated sentences of every sub-topic with their claim labels. */
export function loadAnnotatedClaims(dir: string, limit?: number): ClaimLabelledTopic[] {
  const folder = join(dir, 'ecbplus-dev')
  const requests = new Map(readJsonl<Request>(join(folder, 'ecbplus-dev.jsonl')).map((r) => [r.id, r]))
  const golds = new Map(readJsonl<StretchRow>(join(folder, 'ecbplus-dev-gold.jsonl')).map((g) => [g.id, g]))
  const labels = readJsonl<ClaimRow>(join(folder, 'ecbplus-dev-claims.jsonl'), limit)
  return labels.map((row) => {
    const gold = golds.get(row.id)
    const request = requests.get(row.id)
    if (gold === undefined || request === undefined) throw new Error(`no sentences for ${row.id}`)
    return topicOf(row, request, gold.sentences, String(gold.topic), gold.split ?? 'train')
  })
}

/**
 * Every line of the whole clusters labelled so far: the data folder's five and this project's own
 * (train and dev topics alike). A line is one `\n`-separated line of the article; its key is
 * `doc:L<index>`.
 */
export function loadWholeClaims(dir: string, limit?: number): ClaimLabelledTopic[] {
  const folder = join(dir, 'ecbplus-dev')
  const requests = new Map(readJsonl<Request>(join(folder, 'ecbplus-dev.jsonl')).map((r) => [r.id, r]))
  const golds = new Map(readJsonl<StretchRow>(join(folder, 'ecbplus-dev-gold.jsonl')).map((g) => [g.id, g]))
  const rows: ClaimRow[] = []
  const shared = join(folder, 'ecbplus-dev-full-claims.jsonl')
  if (existsSync(shared)) rows.push(...readJsonl<ClaimRow>(shared))
  if (existsSync(PROJECT_LABELS)) {
    for (const file of readdirSync(PROJECT_LABELS).sort()) {
      if (file.endsWith('.jsonl')) rows.push(...readJsonl<ClaimRow>(join(PROJECT_LABELS, file)))
    }
  }
  return rows.slice(0, limit).map((row) => {
    const request = requests.get(row.id)
    const gold = golds.get(row.id)
    if (request === undefined || gold === undefined) throw new Error(`no articles for ${row.id}`)
    return topicOf(row, request, linesOf(request.articles), String(gold.topic), gold.split ?? 'train')
  })
}

/** Every line of the articles as a stretch keyed `doc:L<index>` (empty lines left out). */
export function linesOf(articles: readonly ArticleInput[]): Array<TextSpan & { key: string }> {
  const stretches: Array<TextSpan & { key: string }> = []
  for (const article of articles) {
    let start = 0
    article.text.split('\n').forEach((line, index) => {
      if (line.trim() !== '')
        stretches.push({ key: `${article.id}:L${index}`, doc: article.id, start, end: start + line.length })
      start += line.length + 1
    })
  }
  return stretches
}

/** Joins a label row with its articles and stretches; claims keep only keys that exist. */
function topicOf(
  row: ClaimRow,
  request: Request,
  stretches: Array<TextSpan & { key: string }>,
  topic: string,
  split: string,
): ClaimLabelledTopic {
  const known = new Set(stretches.map((stretch) => stretch.key))
  return {
    id: row.id,
    topic,
    split,
    articles: request.articles,
    stretches,
    claims: row.claims.map((claim) => claim.sentences.filter((key) => known.has(key))),
  }
}

/** The cross-validation fold of a labelled topic: by ECB+ topic, as every ECB+ set. */
export function foldOfClaimTopic(topic: ClaimLabelledTopic): number {
  return foldOfTopic(topic.topic)
}

/** The document of a stretch key (`doc:3`, `doc:L3`). */
export function docOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf(':'))
}

/** An order-free key for two stretch keys. */
export function stretchPairKey(first: string, second: string): string {
  return first < second ? `${first}|${second}` : `${second}|${first}`
}

/** The gold same-claim pairs of a topic: stretches of different documents that share a claim. */
export function goldClaimPairs(topic: ClaimLabelledTopic): Set<string> {
  const gold = new Set<string>()
  for (const claim of topic.claims) {
    for (let i = 0; i < claim.length; i++) {
      for (let j = i + 1; j < claim.length; j++) {
        const a = claim[i] as string
        const b = claim[j] as string
        if (docOfKey(a) !== docOfKey(b)) gold.add(stretchPairKey(a, b))
      }
    }
  }
  return gold
}
