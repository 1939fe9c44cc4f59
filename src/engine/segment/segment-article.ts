import type { ArticleInput, Segment } from '../types.ts'
import { classifyBlocks } from './classify-blocks.ts'
import { findDateline } from './find-dateline.ts'
import { matchFurniture } from './furniture-rules.ts'
import { type DraftSegment, markDuplicates } from './mark-duplicates.ts'
import { splitBlocks } from './split-blocks.ts'
import { splitClauses } from './split-clauses.ts'
import { splitSentences } from './split-sentences.ts'
import { trimRange } from './text-range.ts'

/**
 * Splits an article into segments in text order: the headline, sentences (long ones into clauses),
 * and page furniture marked as boilerplate or duplicate with a reason, never dropped. Segments are
 * trimmed, never overlap, and together cover every non-whitespace character of `article.text`.
 * Ids are `${article.id}:${n}`, n counting from 0. Runs in time linear in the text's length.
 */
export function segmentArticle(article: ArticleInput): Segment[] {
  const { text } = article
  const blocks = splitBlocks(text, (line) => matchFurniture(text.slice(line.start, line.end)) !== null)
  const kinds = classifyBlocks(text, blocks, article.title)
  const drafts: DraftSegment[] = []
  const firstSegmentOf: number[] = []
  blocks.forEach((block, b) => {
    const kind = kinds[b] ?? { role: 'body' }
    firstSegmentOf.push(drafts.length)
    if (kind.role === 'boilerplate' || kind.role === 'duplicate' || kind.title) {
      const repeated = kind.repeats === undefined ? undefined : firstSegmentOf[kind.repeats]
      const reason =
        repeated === undefined ? kind.reason : `repeats ${kind.reason} (${article.id}:${repeated})`
      drafts.push({ start: block.start, end: block.end, role: kind.role, reason })
      return
    }
    let from = block.start
    // One-paragraph articles stay whole: with nothing around it, a "dateline" may be the news itself.
    const dateline =
      blocks.length > 1 && kind.role === 'body' ? findDateline(text, block.start, block.end) : -1
    if (dateline > block.start && dateline < block.end) {
      const range = trimRange(text, block.start, dateline)
      drafts.push({ start: range.start, end: range.end, role: 'boilerplate', reason: 'dateline' })
      from = dateline
    }
    for (const sentence of splitSentences(text, from, block.end)) {
      for (const clause of splitClauses(text, sentence)) {
        drafts.push({ start: clause.start, end: clause.end, role: kind.role, summary: kind.summary })
      }
    }
  })
  const ids = drafts.map((_, n) => `${article.id}:${n}`)
  markDuplicates(text, drafts, ids)
  return drafts.map((draft, n) => {
    const segment: Segment = {
      id: ids[n] ?? `${article.id}:${n}`,
      doc: article.id,
      start: draft.start,
      end: draft.end,
      text: text.slice(draft.start, draft.end),
      role: draft.role,
    }
    if (draft.reason) segment.reason = draft.reason
    return segment
  })
}
