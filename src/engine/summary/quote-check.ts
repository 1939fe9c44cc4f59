import type { Report, Segment } from '../types.ts'
import type { QuoteMention } from './list-quotes.ts'
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
   * alike, `distinct` when they quote different sentences (no quote of one matches one of another),
   * `mixed` when some only paraphrase it, `single` when one document alone carries it.
   */
  verdict: 'same' | 'differs' | 'distinct' | 'mixed' | 'single'
  /** Document id → how it renders the statement. */
  renderings: Record<string, QuoteRendering>
  /** Document id → the quotes it gives, as written. */
  quotes: Record<string, string[]>
  /** Who is quoted, when the engine's fact extraction named a speaker (canonical key). */
  speaker: string | null
}

/** The direct quotes in a segment, as written (without the quote marks): the fallback finder. */
export function findQuotes(segment: Segment): string[] {
  return [...segment.text.matchAll(QUOTE)].map((match) => match[1] as string)
}

/**
 * Every direct quote, grouped by claim, with how each document renders it, in reading order.
 * `mentions` come from the engine's fact extraction (`listQuotes`, run in the worker); without
 * them a plain quote-mark pattern finds the quotes and no speaker is known.
 */
export function quoteCheck(report: Report, index: ReportIndex, mentions?: QuoteMention[]): QuoteCheckRow[] {
  const bySegment = new Map<string, QuoteMention[]>()
  for (const mention of mentions ?? []) {
    const known = bySegment.get(mention.segment)
    if (known === undefined) bySegment.set(mention.segment, [mention])
    else known.push(mention)
  }
  const quotesIn = (segment: Segment): string[] =>
    mentions ? (bySegment.get(segment.id) ?? []).map((mention) => unquote(mention.text)) : findQuotes(segment)
  const rows: { order: number; row: QuoteCheckRow }[] = []
  const seenClaims = new Set<string>()
  for (const segment of report.segments) {
    if (segment.role !== 'headline' && segment.role !== 'body') continue
    if (quotesIn(segment).length === 0) continue
    const claim = index.claimOf.get(segment.id)
    if (claim && seenClaims.has(claim.id)) continue
    const members = claim ? claim.segments.flatMap((id) => index.segments.get(id) ?? []) : [segment]
    const renderings: Record<string, QuoteRendering> = {}
    const quotes: Record<string, string[]> = {}
    for (const doc of report.documents) renderings[doc.id] = 'absent'
    for (const member of members) {
      const found = quotesIn(member)
      quotes[member.doc] = [...(quotes[member.doc] ?? []), ...found]
      if (found.length > 0) renderings[member.doc] = 'quoted'
      else if (renderings[member.doc] === 'absent') renderings[member.doc] = 'paraphrased'
    }
    let verdict: QuoteCheckRow['verdict'] = 'single'
    if (claim) {
      seenClaims.add(claim.id)
      const flagged = claim.differences.some((difference) => difference.kind === 'quote')
      const paraphrased = Object.values(renderings).includes('paraphrased')
      verdict = flagged ? 'differs' : paraphrased ? 'mixed' : quotesMatch(quotes) ? 'same' : 'distinct'
    }
    const order = claim ? claimOrder(index, claim) : (index.order.get(segment.id) ?? 0)
    const speaker = members
      .flatMap((member) => bySegment.get(member.id) ?? [])
      .find((m) => m.speaker)?.speaker
    rows.push({
      order,
      row: {
        claim: claim?.id ?? null,
        segment: segment.id,
        verdict,
        renderings,
        quotes,
        speaker: speaker ?? null,
      },
    })
  }
  return rows.sort((a, b) => a.order - b.order).map((entry) => entry.row)
}

/** A quote without the quote marks around it. */
function unquote(text: string): string {
  return text.trim().replace(/^["“]+|["”]+$/g, '')
}

// Share of words two quotes must have in common to be one statement (Jaccard, lower-cased words).
const SAME_QUOTE_OVERLAP = 0.5

/**
 * True when every two documents that quote share one statement: for each pair, some quote of one
 * has the words of some quote of the other, one inside the other, or half their words in common.
 * `We don't know the actual date yet` and `Various dates have been named` are two statements.
 */
function quotesMatch(quotes: Record<string, string[]>): boolean {
  // Each quote's words read once: every pair of documents compares every pair of their quotes.
  const docs = Object.values(quotes)
    .filter((list) => list.length > 0)
    .map((list) => list.map((text) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])))
  const alike = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
    let shared = 0
    for (const word of a) if (b.has(word)) shared++
    const smaller = Math.min(a.size, b.size)
    return shared === smaller || shared / (a.size + b.size - shared) >= SAME_QUOTE_OVERLAP
  }
  return docs.every((list, at) =>
    docs.slice(at + 1).every((other) => list.some((x) => other.some((y) => alike(x, y)))),
  )
}
