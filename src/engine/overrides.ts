import type { Claim, Difference, Report } from './types.ts'

/**
 * A person's verdict on a claim, which outranks the engine's: `confirmed` keeps the engine's
 * status but marks it checked; `not-same` dissolves the claim; the others force a status.
 */
export type OverrideVerdict = 'confirmed' | 'not-same' | 'discrepancy' | 'agreement'

/**
 * Overrides keyed by `claimKey` (the claim's sorted segment ids), not by claim id: claim ids are
 * renumbered on every run, while the segments a claim holds survive re-alignment.
 */
export type Overrides = Record<string, OverrideVerdict>

/** The stable key an override is stored under for this claim. */
export function claimKey(claim: Pick<Claim, 'segments'>): string {
  return [...claim.segments].sort().join('|')
}

/** The explanation carried by a discrepancy that exists only because a person marked it. */
export const REVIEWER_DISCREPANCY = 'Marked as a discrepancy by a reviewer.'

/**
 * The report as a person has reviewed it: `not-same` dissolves a claim (its segments become
 * unique), `agreement` and `discrepancy` force the status, `confirmed` changes nothing. The
 * report's invariant holds after: differences are non-empty exactly when the status is discrepancy.
 */
export function applyOverrides(report: Report, overrides: Overrides): Report {
  if (Object.keys(overrides).length === 0) return report
  const claims: Claim[] = []
  const dissolved: string[] = []
  for (const claim of report.claims) {
    const verdict = overrides[claimKey(claim)]
    if (verdict === 'not-same') dissolved.push(...claim.segments)
    else if (verdict === 'agreement') claims.push({ ...claim, status: 'agreement', differences: [] })
    else if (verdict === 'discrepancy' && claim.status !== 'discrepancy') {
      claims.push({ ...claim, status: 'discrepancy', differences: [reviewerDifference(report, claim)] })
    } else claims.push(claim)
  }
  if (dissolved.length === 0 && claims.every((claim, i) => claim === report.claims[i])) return report
  const order = new Map(report.segments.map((segment, position) => [segment.id, position]))
  const unique = [...report.unique, ...dissolved].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  return { ...report, claims, unique }
}

/** The override stored for a claim that holds this segment, if any, with its key. */
export function findOverride(
  overrides: Overrides,
  segmentId: string,
): { key: string; verdict: OverrideVerdict } | null {
  for (const [key, verdict] of Object.entries(overrides)) {
    if (key.split('|').includes(segmentId)) return { key, verdict }
  }
  return null
}

function reviewerDifference(report: Report, claim: Claim): Difference {
  const members = new Set(claim.segments)
  const values: Record<string, string> = {}
  for (const segment of report.segments) {
    if (members.has(segment.id)) values[segment.doc] = values[segment.doc] ?? segment.text
  }
  return { kind: 'other', values, explanation: REVIEWER_DISCREPANCY }
}
