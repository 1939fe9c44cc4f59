import type { ClaimStatus, Report } from '../types.ts'
import type { ReportIndex } from './report-index.ts'

/**
 * How much a shared claim counts towards similarity, 0..1 by status: an agreement counts fully,
 * a claim where one side adds details a little less, a claim with a discrepancy half.
 */
export const similarityWeights: Record<ClaimStatus, number> = {
  agreement: 1,
  partial: 0.75,
  discrepancy: 0.5,
}

/** How alike two documents are. */
export interface PairSimilarity {
  a: string
  b: string
  /** 0..1: the weighted share of both documents' compared segments that sit in claims they share. */
  score: number
  /** Claims both documents take part in. */
  shared: number
  /** Of those, claims with a discrepancy. */
  discrepancies: number
}

/** Similarity for every pair of documents, in input order. */
export function pairwiseSimilarity(report: Report, index: ReportIndex): PairSimilarity[] {
  const compared = new Map<string, number>()
  for (const [doc, segments] of index.byDocument) {
    compared.set(doc, segments.filter((s) => s.role === 'headline' || s.role === 'body').length)
  }
  // Each claim's segments counted by document once, not again for every pair of documents (ten
  // articles of wire copy make 45 pairs and claims of twenty members).
  const claimDocs = report.claims.map((claim) => {
    const counts = new Map<string, number>()
    for (const id of claim.segments) {
      const doc = index.segments.get(id)?.doc
      if (doc !== undefined) counts.set(doc, (counts.get(doc) ?? 0) + 1)
    }
    return { weight: similarityWeights[claim.status], discrepancy: claim.status === 'discrepancy', counts }
  })
  const pairs: PairSimilarity[] = []
  report.documents.forEach((first, i) => {
    for (const second of report.documents.slice(i + 1)) {
      let weighted = 0
      let shared = 0
      let discrepancies = 0
      for (const { weight, discrepancy, counts } of claimDocs) {
        const inFirst = counts.get(first.id)
        const inSecond = counts.get(second.id)
        if (inFirst === undefined || inSecond === undefined) continue
        shared++
        if (discrepancy) discrepancies++
        weighted += weight * (inFirst + inSecond)
      }
      const total = (compared.get(first.id) ?? 0) + (compared.get(second.id) ?? 0)
      const score = total === 0 ? 0 : Math.min(1, weighted / total)
      pairs.push({ a: first.id, b: second.id, score, shared, discrepancies })
    }
  })
  return pairs
}
