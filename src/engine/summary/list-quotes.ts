import { extractFacts } from '../facts/extract-facts.ts'
import { resolveSpeakers } from '../facts/resolve-speakers.ts'
import type { Report } from '../types.ts'

/** A direct quote found in a segment, with its speaker when the text names one. */
export interface QuoteMention {
  /** The segment the quote sits in. */
  segment: string
  /** The quote as written, quote marks included. */
  text: string
  /** The speaker's canonical key ("lavrov", "john kirby"), pronouns resolved within the article. */
  speaker?: string
}

/**
 * Every direct quote in the report's headline and body segments, by the engine's own fact
 * extraction (so the quote check agrees with what classification compared). About 50 ms for the
 * demo, so the worker runs it beside the comparison rather than the page.
 */
export function listQuotes(report: Report): QuoteMention[] {
  const mentions: QuoteMention[] = []
  for (const doc of report.documents) {
    const segments = report.segments.filter(
      (segment) => segment.doc === doc.id && (segment.role === 'headline' || segment.role === 'body'),
    )
    const facts = resolveSpeakers(
      segments.map((segment) => extractFacts(segment.text, { published: doc.published })),
    )
    segments.forEach((segment, i) => {
      for (const fact of facts[i] ?? []) {
        if (fact.kind !== 'quote') continue
        const mention: QuoteMention = { segment: segment.id, text: fact.text }
        if (fact.speaker !== undefined) mention.speaker = fact.speaker
        mentions.push(mention)
      }
    })
  }
  return mentions
}
