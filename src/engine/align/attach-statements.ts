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
 * which other pairs grouping happened to score. `scoredAlready` gives a pair's probability when it
 * has been scored before (free to read), else undefined.
 */
export function attachStatements(
  clusters: readonly (readonly number[])[],
  profiles: readonly SegmentProfile[],
  strongPairs: readonly (readonly [number, number])[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
  scoredAlready: (a: number, b: number) => number | undefined = () => undefined,
): Attachment[] {
  const attachments: Attachment[] = []
  for (const { segment, cluster } of proposedAttachments(clusters, profiles.length, strongPairs)) {
    const members = clusters[cluster] ?? []
    const average = meanLink(segment, members, profiles, attachAt, restateAt, probabilityOf, scoredAlready)
    if (average !== null) attachments.push({ segment, cluster, average })
  }
  return attachments
}

/**
 * The segment's mean link to the members from other documents, or null when a member of its own
 * document does not restate it or the mean cannot reach `attachAt`. Pairs grouping never met are
 * scored here, so it stops as soon as the members left could not lift the mean to the level. The
 * links already scored bound the mean first, at no cost, so a segment whose known links are weak is
 * refused before a new pair is scored (15 % fewer pairs scored here on real clusters; on wire copy
 * most proposals succeed, and a success must score every member).
 */
function meanLink(
  segment: number,
  members: readonly number[],
  profiles: readonly SegmentProfile[],
  attachAt: number,
  restateAt: number,
  probabilityOf: (a: number, b: number) => number,
  scoredAlready: (a: number, b: number) => number | undefined,
): number | null {
  const doc = profiles[segment]?.docIndex
  const others = members.filter((member) => profiles[member]?.docIndex !== doc)
  for (const member of members)
    if (profiles[member]?.docIndex === doc && probabilityOf(segment, member) < restateAt) return null
  if (others.length === 0) return null
  let sum = 0
  const unscored: number[] = []
  for (const member of others) {
    const known = scoredAlready(segment, member)
    if (known === undefined) unscored.push(member)
    else sum += known
  }
  // Each member left to score adds at most 1.
  if ((sum + unscored.length) / others.length < attachAt) return null
  for (const [at, member] of unscored.entries()) {
    sum += probabilityOf(segment, member)
    if ((sum + unscored.length - at - 1) / others.length < attachAt) return null
  }
  // The mean summed in the members' order, so it does not depend on which links were scored first.
  let total = 0
  for (const member of others) total += probabilityOf(segment, member)
  return total / others.length
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
