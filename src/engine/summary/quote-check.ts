import type { Report, Segment } from '../types.ts'
import { claimOrder, type ReportIndex } from './report-index.ts'

/**
 * A direct quote: text between straight or curly double quotes inside one segment, or from an
 * opening quote to the segment's end (a quote that runs on into the next paragraph leaves its
 * paragraph unclosed). The pattern cannot cross a quote mark or a line break, so it stays linear.
 */
const QUOTE = /["“]([^"“”\n]{3,})(?:["”]|$)/g

/** How one document renders a quoted statement. */
export type QuoteRendering = 'quoted' | 'paraphrased' | 'absent'

/** One quoted statement and how each document renders it. */
export interface QuoteCheckRow {
  /** The claim the quote belongs to, or null when only one document carries it. */
  claim: string | null
  /** The segment to jump to. */
  segment: string
  /**
   * `differs` when the engine flagged the quote, `same` when every document of the claim quotes it
   * unflagged, `mixed` when some only paraphrase it, `single` when one document alone carries it.
   */
  verdict: 'same' | 'differs' | 'mixed' | 'single'
  /** Document id → how it renders the statement. */
  renderings: Record<string, QuoteRendering>
  /** Document id → the quotes it gives, as written. */
  quotes: Record<string, string[]>
}

/** The direct quotes in a segment, as written (without the quote marks). */
export function findQuotes(segment: Segment): string[] {
  return [...segment.text.matchAll(QUOTE)].map((match) => match[1] as string)
}

/** Every direct quote, grouped by claim, with how each document renders it, in reading order. */
export function quoteCheck(report: Report, index: ReportIndex): QuoteCheckRow[] {
  const rows: { order: number; row: QuoteCheckRow }[] = []
  const seenClaims = new Set<string>()
  for (const segment of report.segments) {
    if (segment.role !== 'headline' && segment.role !== 'body') continue
    if (findQuotes(segment).length === 0) continue
    const claim = index.claimOf.get(segment.id)
    if (claim && seenClaims.has(claim.id)) continue
    const members = claim ? claim.segments.flatMap((id) => index.segments.get(id) ?? []) : [segment]
    const renderings: Record<string, QuoteRendering> = {}
    const quotes: Record<string, string[]> = {}
    for (const doc of report.documents) renderings[doc.id] = 'absent'
    for (const member of members) {
      const found = findQuotes(member)
      quotes[member.doc] = [...(quotes[member.doc] ?? []), ...found]
      if (found.length > 0) renderings[member.doc] = 'quoted'
      else if (renderings[member.doc] === 'absent') renderings[member.doc] = 'paraphrased'
    }
    let verdict: QuoteCheckRow['verdict'] = 'single'
    if (claim) {
      seenClaims.add(claim.id)
      const flagged = claim.differences.some((difference) => difference.kind === 'quote')
      const paraphrased = Object.values(renderings).includes('paraphrased')
      verdict = flagged ? 'differs' : paraphrased ? 'mixed' : 'same'
    }
    const order = claim ? claimOrder(index, claim) : (index.order.get(segment.id) ?? 0)
    rows.push({ order, row: { claim: claim?.id ?? null, segment: segment.id, verdict, renderings, quotes } })
  }
  return rows.sort((a, b) => a.order - b.order).map((entry) => entry.row)
}
