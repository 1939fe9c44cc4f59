import { ALIGN_DEFAULTS } from '../defaults.ts'
import type { SegmentProfile } from './segment-profile.ts'

/**
 * Input positions of the documents that hold one statement: a single segment no longer than a
 * long sentence (a sentence pair, a claim checked against an article). Such a document is compared,
 * not searched; a document that is one huge unbroken line is not a statement and is searched like
 * any article (comparing it with everything made a 1 MB line take minutes to classify).
 */
export function findSingleStatementDocs(profiles: readonly SegmentProfile[]): Set<number> {
  const segmentsIn = new Map<number, number>()
  for (const profile of profiles)
    segmentsIn.set(profile.docIndex, (segmentsIn.get(profile.docIndex) ?? 0) + 1)
  const singles = new Set<number>()
  for (const profile of profiles) {
    const length = profile.segment.end - profile.segment.start
    if (segmentsIn.get(profile.docIndex) === 1 && length <= ALIGN_DEFAULTS.statementMaxChars)
      singles.add(profile.docIndex)
  }
  return singles
}
