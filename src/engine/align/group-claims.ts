import { attachStatements } from './attach-statements.ts'
import type { RestatementRule } from './match-model.ts'
import { MergeQueue } from './merge-queue.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** A scored pair of segments. */
export interface ScoredPair {
  /** Profile index of one side. */
  a: number
  /** Profile index of the other side. */
  b: number
  /** Probability 0..1 that the two report the same claim. */
  probability: number
}

/** A group of profiles that report one claim. */
export interface ClaimGroup {
  /** Profile indices, ascending. */
  members: number[]
  /** Mean probability over the group's cross-document member pairs, 0..1. */
  score: number
  /** Cross-document pairs that connect the members (a maximum spanning tree), strongest first: the evidence. */
  links: ScoredPair[]
  /** Every cross-document pair of members with its probability, strongest first. */
  pairs: ScoredPair[]
  /**
   * Members (also in `members`) that joined after grouping: they belong to another claim or to
   * none, and match this one as a whole (attach-statements.ts). Ascending.
   */
  attached: number[]
}

/** What grouping asks of the match model beyond the scored candidates. */
export interface GroupingScorer {
  /** Probability that two segments report (or, in one document, restate) the same claim; grouping asks each pair once. */
  probability: (a: number, b: number) => number
  /** True when two segments of one document are pieces of one sentence (a clause split). */
  isSplit: (a: number, b: number) => boolean
  /** When one document may give a claim more than one statement. */
  restatement: RestatementRule
  /** Mean link at which a segment also joins a further claim (never below the cut); none: one claim at most. */
  attachAt?: number
}

/** The merge queue is first pruned of stale entries at twice this size. */
const PRUNE_FLOOR = 4096

/** Neighbour cluster → [sum of scored cross-document probabilities, how many were scored]. */
type Links = Map<number, [number, number]>

/**
 * Groups segments into claims by average-link agglomerative clustering (UPGMA; Sokal & Michener
 * 1958): the two clusters whose mean cross-document probability is highest merge, while it reaches
 * `cut`. A claim is thus a set of segments that match one another, not a chain. Candidate pairs
 * come scored; the other pairs between two clusters are scored only when the clusters come up for
 * a merge (queued first by the mean of their scored pairs), so the work stays near-linear. A
 * document contributes one segment to a claim unless its segments are pieces of one sentence or it
 * restates the claim (a headline and its lede, which then match each other at the rule's share of
 * `cut`).
 */
export function groupClaims(
  profiles: readonly SegmentProfile[],
  pairs: readonly ScoredPair[],
  cut: number,
  rule: GroupingScorer,
): ClaimGroup[] {
  const members = profiles.map((profile) => [profile.index])
  const docCounts = profiles.map((profile) => new Map([[profile.docIndex, 1]]))
  const neighbours: Links[] = profiles.map(() => new Map())
  const known = new Map<number, number>()
  const keyOf = (a: number, b: number) => Math.min(a, b) * profiles.length + Math.max(a, b)
  for (const pair of pairs) {
    known.set(keyOf(pair.a, pair.b), pair.probability)
    addLink(neighbours[pair.a] as Links, pair.b, pair.probability, 1)
    addLink(neighbours[pair.b] as Links, pair.a, pair.probability, 1)
  }
  const probabilityOf = (a: number, b: number) => {
    const key = keyOf(a, b)
    let probability = known.get(key)
    if (probability === undefined) {
      probability = rule.probability(a, b)
      known.set(key, probability)
    }
    return probability
  }
  const estimate = (x: number, y: number) => {
    const [sum, count] = neighbours[x]?.get(y) ?? [0, 0]
    return count === 0 ? 0 : sum / count
  }
  const version = new Uint32Array(profiles.length)
  const queue = (linkage: number, p: number, q: number, exact: boolean) => {
    const x = Math.min(p, q)
    const y = Math.max(p, q)
    heap.push({ linkage, x, y, vx: version[x] ?? 0, vy: version[y] ?? 0, exact })
  }
  const heap = new MergeQueue()
  for (const { a, b, probability } of pairs) if (probability >= cut) queue(probability, a, b, true)
  const alive = new Uint8Array(profiles.length).fill(1)
  const isStale = (x: number, y: number, vx: number, vy: number) =>
    !alive[x] || !alive[y] || version[x] !== vx || version[y] !== vy
  // Most queued merges go stale (a wire story's clusters keep meeting as they grow): when the
  // queue has doubled since it was last pruned, the stale entries go, so it stays small.
  let prunedAt = PRUNE_FLOOR
  for (let next = heap.pop(); next !== undefined; next = heap.pop()) {
    if (heap.size >= 2 * prunedAt) {
      heap.prune(isStale)
      prunedAt = Math.max(PRUNE_FLOOR, heap.size)
    }
    const { x, y } = next
    if (isStale(x, y, next.vx, next.vy)) continue
    const ownMembers = members[x] as number[]
    const otherMembers = members[y] as number[]
    const counts = [docCounts[x], docCounts[y]] as [Map<number, number>, Map<number, number>]
    if (!next.exact) {
      // The document rules first: they need only same-document pairs, far fewer than the
      // cross-document pairs an exact average may have to score (sentences repeated across many
      // articles make clusters that keep meeting and keep being refused).
      if (!mayShareDocuments(ownMembers, otherMembers, counts, profiles, cut, rule, probabilityOf)) continue
      const exact = averageLink(ownMembers, otherMembers, profiles, probabilityOf)
      if (exact >= cut) heap.push({ ...next, linkage: exact, exact: true })
      continue
    }
    if (!mayShareDocuments(ownMembers, otherMembers, counts, profiles, cut, rule, probabilityOf)) continue
    members[x] = [...ownMembers, ...otherMembers]
    members[y] = []
    for (const [doc, count] of docCounts[y] as Map<number, number>) {
      const counts = docCounts[x] as Map<number, number>
      counts.set(doc, (counts.get(doc) ?? 0) + count)
    }
    alive[y] = 0
    version[x] = (version[x] ?? 0) + 1
    const own = neighbours[x] as Links
    own.delete(y)
    for (const [other, [sum, count]] of neighbours[y] as Links) {
      if (other === x) continue
      addLink(own, other, sum, count)
      const theirs = neighbours[other] as Links
      theirs.delete(y)
      addLink(theirs, x, sum, count)
    }
    neighbours[y] = new Map()
    for (const other of own.keys()) {
      const value = estimate(x, other)
      if (value >= cut) queue(value, x, other, false)
    }
  }
  const clusters = members.filter((list, cluster) => alive[cluster] && list.length > 1)
  const attached: number[][] = clusters.map(() => [])
  if (rule.attachAt !== undefined) {
    // Candidates only: which other pairs grouping scored depends on the order it merged in, and so
    // on the order of the articles; the candidates do not.
    const strongPairs: [number, number][] = []
    for (const pair of pairs) if (pair.probability >= cut) strongPairs.push([pair.a, pair.b])
    for (const { segment, cluster } of attachStatements(
      clusters,
      profiles,
      strongPairs,
      Math.max(cut, rule.attachAt),
      cut * rule.restatement.cutShare,
      probabilityOf,
      (a, b) => known.get(keyOf(a, b)),
    ))
      attached[cluster]?.push(segment)
  }
  const groups = clusters.map((list, cluster) =>
    describeGroup(list, attached[cluster] ?? [], profiles, probabilityOf),
  )
  return groups.sort((p, q) => (p.members[0] ?? 0) - (q.members[0] ?? 0))
}

/**
 * The group as grouping formed it, before attachment: its own members and their pairs. Facts are
 * compared there, so an attached segment's facts are compared once, in its own claim, not again in
 * every claim it also makes.
 */
export function ownMembers(group: ClaimGroup): ClaimGroup {
  if (group.attached.length === 0) return group
  const attached = new Set(group.attached)
  const own = (member: number) => !attached.has(member)
  return {
    ...group,
    members: group.members.filter(own),
    pairs: group.pairs.filter((pair) => own(pair.a) && own(pair.b)),
    links: group.links.filter((link) => own(link.a) && own(link.b)),
    attached: [],
  }
}

/** Adds scored probability to a cluster's link with a neighbour. */
function addLink(links: Links, other: number, sum: number, count: number): void {
  const link = links.get(other)
  if (link === undefined) links.set(other, [sum, count])
  else {
    link[0] += sum
    link[1] += count
  }
}

/** Mean probability over every cross-document pair between two clusters, 0 when there is none. */
function averageLink(
  x: readonly number[],
  y: readonly number[],
  profiles: readonly SegmentProfile[],
  probabilityOf: (a: number, b: number) => number,
): number {
  let sum = 0
  let count = 0
  for (const a of x) {
    for (const b of y) {
      if (profiles[a]?.docIndex === profiles[b]?.docIndex) continue
      sum += probabilityOf(a, b)
      count++
    }
  }
  return count === 0 ? 0 : sum / count
}

/**
 * True when the two clusters may merge as far as their documents go: every pair of same-document
 * segments across them is a clause split, or a restatement (the document says the claim again, as
 * a headline and its lede do: the two match each other at the rule's share of `cut`), and no
 * document would give the claim more than the rule's statements.
 */
function mayShareDocuments(
  x: readonly number[],
  y: readonly number[],
  counts: readonly [ReadonlyMap<number, number>, ReadonlyMap<number, number>],
  profiles: readonly SegmentProfile[],
  cut: number,
  rule: GroupingScorer,
  probabilityOf: (a: number, b: number) => number,
): boolean {
  // Clusters with no document in common have no same-document pair to check (this runs for every
  // candidate merge that comes up, most of them while claims are small).
  const [countsX, countsY] = counts
  let shared = false
  for (const doc of countsX.keys()) shared ||= countsY.has(doc)
  if (!shared) return true
  const restates = cut * rule.restatement.cutShare
  for (const a of x) {
    for (const b of y) {
      if (profiles[a]?.docIndex !== profiles[b]?.docIndex || rule.isSplit(a, b)) continue
      const doc = profiles[a]?.docIndex ?? -1
      const statements = (countsX.get(doc) ?? 0) + (countsY.get(doc) ?? 0)
      if (statements > rule.restatement.maxStatements) return false
      if (probabilityOf(a, b) < restates) return false
    }
  }
  return true
}

/** A finished cluster: sorted members, mean cross-document probability, spanning links (Kruskal). */
function describeGroup(
  list: readonly number[],
  attached: readonly number[],
  profiles: readonly SegmentProfile[],
  probabilityOf: (a: number, b: number) => number,
): ClaimGroup {
  const members = [...list, ...attached].sort((p, q) => p - q)
  const pairs: ScoredPair[] = []
  for (const [at, a] of members.entries()) {
    for (const b of members.slice(at + 1)) {
      if (profiles[a]?.docIndex !== profiles[b]?.docIndex)
        pairs.push({ a, b, probability: probabilityOf(a, b) })
    }
  }
  const score = pairs.reduce((sum, pair) => sum + pair.probability, 0) / Math.max(1, pairs.length)
  const root = new Map(members.map((member) => [member, member]))
  const find = (node: number): number => {
    let at = node
    while (root.get(at) !== at) at = root.get(at) ?? at
    root.set(node, at)
    return at
  }
  const links: ScoredPair[] = []
  pairs.sort((p, q) => q.probability - p.probability || p.a - q.a || p.b - q.b)
  for (const pair of pairs) {
    const ra = find(pair.a)
    const rb = find(pair.b)
    if (ra === rb) continue
    root.set(ra, rb)
    links.push(pair)
  }
  return { members, score, links, pairs, attached: [...attached].sort((p, q) => p - q) }
}
