import type { Report } from '../types.ts'

/**
 * The documents that share no claim with any other: none of their segments is in a claim. Such an
 * article is most often about another story (or was pasted by mistake), and every count of the
 * comparison quietly leaves it out, so the view warns about it. Documents without segments are
 * left out: there is nothing in them to share.
 */
export function isolatedDocuments(report: Report): string[] {
  const claimed = new Set(report.claims.flatMap((claim) => claim.segments))
  const docs = new Map<string, boolean>()
  for (const segment of report.segments) {
    docs.set(segment.doc, (docs.get(segment.doc) ?? false) || claimed.has(segment.id))
  }
  return report.documents.filter((doc) => docs.get(doc.id) === false).map((doc) => doc.id)
}
