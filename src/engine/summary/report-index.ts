import type { Claim, ClaimStatus, Report, Segment } from '../types.ts'

/** How the view marks one segment: its claim's status, or why it belongs to no claim. */
export type SegmentStatus = ClaimStatus | 'unique' | 'boilerplate' | 'duplicate'

/** Lookups over one report, built once so the view never scans the report per segment. */
export interface ReportIndex {
  /** Segment id → segment. */
  segments: Map<string, Segment>
  /** Segment id → its position in `report.segments` (reading order: document, then text). */
  order: Map<string, number>
  /** Claim id → claim. */
  claims: Map<string, Claim>
  /**
   * Segment id → its own claim, for claimed segments only: the claim that groups it, not one it
   * was attached to because it makes that claim too (else the first claim that lists it).
   */
  claimOf: Map<string, Claim>
  /** Segment id → every claim that lists it, its own claim first (a lede may make several claims). */
  claimsOf: Map<string, Claim[]>
  /** Document id → its segments in text order. */
  byDocument: Map<string, Segment[]>
  /** Segment id → how the view marks it. */
  status: Map<string, SegmentStatus>
}

/** Builds the lookups the view needs from a report. */
export function indexReport(report: Report): ReportIndex {
  const segments = new Map<string, Segment>()
  const order = new Map<string, number>()
  const byDocument = new Map<string, Segment[]>(report.documents.map((doc) => [doc.id, []]))
  report.segments.forEach((segment, position) => {
    segments.set(segment.id, segment)
    order.set(segment.id, position)
    byDocument.get(segment.doc)?.push(segment)
  })
  const claims = new Map<string, Claim>()
  const claimsOf = new Map<string, Claim[]>()
  for (const claim of report.claims) {
    claims.set(claim.id, claim)
    const attached = new Set(claim.attachedSegments)
    for (const id of claim.segments) {
      const list = claimsOf.get(id) ?? []
      // Its own claim goes first, the claims it was attached to after it.
      if (attached.has(id)) list.push(claim)
      else list.unshift(claim)
      claimsOf.set(id, list)
    }
  }
  const claimOf = new Map<string, Claim>()
  for (const [id, list] of claimsOf) if (list[0]) claimOf.set(id, list[0])
  const status = new Map<string, SegmentStatus>()
  for (const segment of report.segments) status.set(segment.id, statusOf(segment, claimOf.get(segment.id)))
  return { segments, order, claims, claimOf, claimsOf, byDocument, status }
}

function statusOf(segment: Segment, claim: Claim | undefined): SegmentStatus {
  if (segment.role === 'boilerplate' || segment.role === 'duplicate') return segment.role
  return claim ? claim.status : 'unique'
}

/** The segments of a claim that belong to one document, in text order. */
export function claimSegmentsIn(index: ReportIndex, claim: Claim, doc: string): Segment[] {
  return claim.segments
    .map((id) => index.segments.get(id))
    .filter((segment): segment is Segment => segment?.doc === doc)
}

/** The documents that report a claim, in the report's order of documents. */
export function documentsReporting(index: ReportIndex, claim: Claim): string[] {
  const docs = new Set(claim.segments.map((id) => index.segments.get(id)?.doc))
  return [...index.byDocument.keys()].filter((doc) => docs.has(doc))
}

/**
 * The segment that stands for a claim, where the view goes to show it: its first own segment. An
 * attached segment would show its own claim when selected, not this one.
 */
export function claimAnchor(claim: Claim): string {
  const attached = new Set(claim.attachedSegments)
  return claim.segments.find((id) => !attached.has(id)) ?? (claim.segments[0] as string)
}

/** A claim's position in reading order: the position of its earliest segment. */
export function claimOrder(index: ReportIndex, claim: Claim): number {
  return Math.min(...claim.segments.map((id) => index.order.get(id) ?? Number.POSITIVE_INFINITY))
}

/** Another claim a segment makes, and the passage that best stands for it. */
export interface OtherClaim {
  /** The claim. */
  claim: Claim
  /** One of its own segments (not attached), from another document when it has one: where to go to see it. */
  anchor: Segment
}

/**
 * The claims a segment makes besides its own (a lede that reports the quake, the toll and the
 * injured takes part in each), in report order, each with a segment to jump to.
 */
export function otherClaimsOf(index: ReportIndex, segmentId: string): OtherClaim[] {
  const segment = index.segments.get(segmentId)
  return (index.claimsOf.get(segmentId) ?? []).slice(1).flatMap((claim) => {
    const attached = new Set(claim.attachedSegments)
    const own = claim.segments
      .filter((id) => !attached.has(id))
      .map((id) => index.segments.get(id))
      .filter((candidate): candidate is Segment => candidate !== undefined)
    const anchor = own.find((candidate) => candidate.doc !== segment?.doc) ?? own[0]
    return anchor ? [{ claim, anchor }] : []
  })
}
