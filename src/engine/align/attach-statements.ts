import type { SegmentProfile } from './segment-profile.ts'

/** One segment's mean link to the members of a claim it was not grouped into. */
export interface Attachment {
  /** Profile index of the segment. */
  segment: number
  /** Index of the claim (cluster) in the list grouping finished with. */
  cluster: number
  /** Mean probability over the claim's members from other documents, 0..1. */
  average: number
}

/**
 * Finds the segments that also take part in a claim they were not grouped into. Grouping gives
 * each segment one claim, but a sentence that asserts several things (a lede: "a quake hit Aceh,
 * killing a child and injuring dozens") makes each of those claims, and the claim labels count it
 * in every one (CLAIMS-GUIDE). A segment joins a further claim when one of its scored links to a
 * member reaches `cut` and its mean link to the members from other documents reaches `attachAt`:
 * it matches the claim as a whole, not one member by chance; and a member from its own document
 * must restate it (`restateAt`, as in grouping), or a lede shared by two claims would carry each
 * claim's sentences into the other. Only candidate pairs scored at or above the cut propose an
 * attachment, so the work stays near the size of the candidates, and the result does not depend on
 * which other pairs grouping happened to score. `scoredBefore` gives a pair's probability when it
 * is already known (undefined otherwise): known pairs are read first, so a claim they already rule
 * out costs no scoring.
 */
export function attachStatements(
  clusters: readonly (readonly number[])[],
  profiles: readonly SegmentProfile[],
  strongPairs: readonly (readonly [number, number])[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
  scoredBefore: (a: number, b: number) => number | undefined = () => undefined,
): Attachment[] {
  const attachments: Attachment[] = []
  for (const { segment, cluster } of proposedAttachments(clusters, profiles.length, strongPairs)) {
    const members = clusters[cluster] ?? []
    const average = meanLink(segment, members, profiles, attachAt, restateAt, probabilityOf, scoredBefore)
    if (average !== null) attachments.push({ segment, cluster, average })
  }
  return attachments
}

/**
 * The segment's mean link to the members from other documents, or null when a member of its own
 * document does not restate it or the mean cannot reach `attachAt`. Pairs grouping never met are
 * scored here, so it stops as soon as the members left could not lift the mean to the level: a
 * member already scored adds what it scored, one not yet scored at most 1. The mean is summed in
 * member order whatever was known, so it comes out the same to the last bit.
 */
function meanLink(
  segment: number,
  members: readonly number[],
  profiles: readonly SegmentProfile[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
  scoredBefore: (a: number, b: number) => number | undefined,
): number | null {
  const doc = profiles[segment]?.docIndex
  const own = members.filter((member) => profiles[member]?.docIndex === doc)
  const others = members.filter((member) => profiles[member]?.docIndex !== doc)
  if (own.some((member) => (scoredBefore(segment, member) ?? 1) < restateAt)) return null
  for (const member of own) if (probabilityOf(segment, member) < restateAt) return null
  if (others.length === 0) return null
  // What the members not yet summed could add at most: their known scores, or 1 each.
  let ceiling = 0
  for (const member of others) ceiling += scoredBefore(segment, member) ?? 1
  let sum = 0
  for (const member of others) {
    const known = scoredBefore(segment, member)
    ceiling -= known ?? 1
    // The margin keeps rounding in the running ceiling from stopping a mean that would reach the level.
    if ((sum + ceiling + (known ?? 1)) / others.length < attachAt - 1e-9) return null
    sum += known ?? probabilityOf(segment, member)
  }
  return sum / others.length < attachAt ? null : sum / others.length
}

/**
 * The (segment, claim) pairs a strong pair proposes: one segment of the pair in a claim the other
 * is a member of and it is not, by segment then claim.
 */
export function proposedAttachments(
  clusters: readonly (readonly number[])[],
  segments: number,
  strongPairs: readonly (readonly [number, number])[],
): { segment: number; cluster: number }[] {
  const clusterOf = new Int32Array(segments).fill(-1)
  clusters.forEach((members, cluster) => {
    for (const member of members) clusterOf[member] = cluster
  })
  const proposed = new Set<number>()
  for (const [a, b] of strongPairs) {
    for (const [segment, member] of [
      [a, b],
      [b, a],
    ] as const) {
      const cluster = clusterOf[member] ?? -1
      if (cluster >= 0 && clusterOf[segment] !== cluster) proposed.add(segment * clusters.length + cluster)
    }
  }
  return [...proposed]
    .sort((p, q) => p - q)
    .map((key) => ({ segment: Math.floor(key / clusters.length), cluster: key % clusters.length }))
}
