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
 * claim's sentences into the other. Only pairs already scored at or above
 * the cut propose an attachment, so the work stays near the size of the scored pairs.
 */
export function attachStatements(
  clusters: readonly (readonly number[])[],
  profiles: readonly SegmentProfile[],
  strongPairs: readonly (readonly [number, number])[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
): Attachment[] {
  const clusterOf = new Int32Array(profiles.length).fill(-1)
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
  const attachments: Attachment[] = []
  for (const key of [...proposed].sort((p, q) => p - q)) {
    const segment = Math.floor(key / clusters.length)
    const cluster = key % clusters.length
    const average = meanLink(segment, clusters[cluster] ?? [], profiles, attachAt, restateAt, probabilityOf)
    if (average !== null) attachments.push({ segment, cluster, average })
  }
  return attachments
}

/**
 * The segment's mean link to the members from other documents, or null when a member of its own
 * document does not restate it or the mean cannot reach `attachAt`. Pairs grouping never met are
 * scored here, so it stops as soon as the members left could not lift the mean to the level.
 */
function meanLink(
  segment: number,
  members: readonly number[],
  profiles: readonly SegmentProfile[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
): number | null {
  const doc = profiles[segment]?.docIndex
  let others = 0
  for (const member of members) {
    if (profiles[member]?.docIndex !== doc) others++
    else if (probabilityOf(segment, member) < restateAt) return null
  }
  if (others === 0) return null
  let sum = 0
  let left = others
  for (const member of members) {
    if (profiles[member]?.docIndex === doc) continue
    sum += probabilityOf(segment, member)
    left--
    // Each member left adds at most 1.
    if ((sum + left) / others < attachAt) return null
  }
  return sum / others
}
