import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { type Claim, compareArticles, type Report } from '../../src/engine/index.ts'

/**
 * Compares a pair of texts exactly as the dataset README's batch request says:
 * `{"id": row.id, "articles": [{"id": "a", "text": row.a}, {"id": "b", "text": row.b}]}`.
 */
export function comparePair(id: string, a: string, b: string, model: MatchModel): Report {
  try {
    return compareArticles(
      [
        { id: 'a', text: a },
        { id: 'b', text: b },
      ],
      { model },
    )
  } catch (error) {
    // Name the row, so an engine failure on one item can be reproduced.
    throw new Error(`engine failed on ${id}: ${(error as Error).message}`, { cause: error })
  }
}

/** The claims that hold a segment of document `a` and one of document `b`. */
export function claimsJoiningPair(report: Report): Claim[] {
  const docOf = new Map(report.segments.map((segment) => [segment.id, segment.doc]))
  return report.claims.filter((claim) => {
    const docs = new Set(claim.segments.map((id) => docOf.get(id)))
    return docs.has('a') && docs.has('b')
  })
}
