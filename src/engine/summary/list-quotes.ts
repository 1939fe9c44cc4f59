import { extractFacts } from '../facts/extract-facts.ts'
import { resolveSpeakers } from '../facts/resolve-speakers.ts'
import type { QuoteMention, Report } from '../types.ts'

export type { QuoteMention } from '../types.ts'

/**
 * Every direct quote in the report's headline and body segments, by the engine's own fact
 * extraction (so the quote check agrees with what classification compared). A report carries them
 * (`report.quotes`); only a report of an earlier build, imported from JSON, has them found again
 * here, which costs about 50 ms for the demo.
 */
export function listQuotes(report: Report): QuoteMention[] {
  if (report.quotes) return report.quotes
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
