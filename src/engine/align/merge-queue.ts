/** One merge the clustering may make. */
export interface MergeCandidate {
  /** Queue key: the true average link when `exact`, else the estimate. */
  linkage: number
  /** The two clusters, x < y. */
  x: number
  y: number
  /** Their versions when queued: a cluster that merged since makes the entry stale. */
  vx: number
  vy: number
  /** True once every cross-document pair between the clusters has been scored. */
  exact: boolean
}

/** Room for this many entries at first; the arrays double when full. */
const INITIAL_CAPACITY = 1024

/**
 * The merge candidates of average-link clustering in a binary heap (Williams 1964): `pop` returns
 * the highest linkage first, ties to the lower cluster indices, so runs are deterministic. Entries
 * live in parallel typed arrays rather than as objects: clustering a wire story queues hundreds of
 * thousands of candidates, most of them stale by the time they come up, and comparing objects
 * scattered over the heap showed in profiles. Push and pop are O(log n).
 */
export class MergeQueue {
  private linkage = new Float64Array(INITIAL_CAPACITY)
  private xs = new Int32Array(INITIAL_CAPACITY)
  private ys = new Int32Array(INITIAL_CAPACITY)
  private vxs = new Uint32Array(INITIAL_CAPACITY)
  private vys = new Uint32Array(INITIAL_CAPACITY)
  private exacts = new Uint8Array(INITIAL_CAPACITY)
  private count = 0

  /** How many entries are queued. */
  get size(): number {
    return this.count
  }

  /** Queues a candidate. */
  push(candidate: MergeCandidate): void {
    if (this.count === this.linkage.length) this.grow()
    let at = this.count++
    const { linkage, x, y } = candidate
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!this.comesBefore(linkage, x, y, parent)) break
      this.move(parent, at)
      at = parent
    }
    this.write(at, candidate)
  }

  /** Removes and returns the first candidate, undefined when none is queued. */
  pop(): MergeCandidate | undefined {
    if (this.count === 0) return undefined
    const top = this.read(0)
    const last = --this.count
    if (last > 0) this.siftDown(last, 0)
    return top
  }

  /**
   * Drops the entries that `isStale` rejects (clusters merged since they were queued: they would
   * only be popped and skipped) and restores the heap (Floyd 1964), in linear time. The others
   * come out in the same order as before.
   */
  prune(isStale: (x: number, y: number, vx: number, vy: number) => boolean): void {
    let kept = 0
    for (let at = 0; at < this.count; at++) {
      const stale = isStale(
        this.xs[at] as number,
        this.ys[at] as number,
        this.vxs[at] as number,
        this.vys[at] as number,
      )
      if (!stale) this.move(at, kept++)
    }
    this.count = kept
    for (let at = (kept >> 1) - 1; at >= 0; at--) this.siftDown(at, at)
  }

  /** Puts the entry at `from` in place at `at` or below it, moving the earlier child up until it fits. */
  private siftDown(from: number, start: number): void {
    const linkage = this.linkage[from] as number
    const x = this.xs[from] as number
    const y = this.ys[from] as number
    const vx = this.vxs[from] as number
    const vy = this.vys[from] as number
    const exact = this.exacts[from] as number
    let at = start
    for (;;) {
      const left = 2 * at + 1
      if (left >= this.count) break
      const right = left + 1
      const child = right < this.count && this.entryBefore(right, left) ? right : left
      if (this.comesBefore(linkage, x, y, child)) break
      this.move(child, at)
      at = child
    }
    this.linkage[at] = linkage
    this.xs[at] = x
    this.ys[at] = y
    this.vxs[at] = vx
    this.vys[at] = vy
    this.exacts[at] = exact
  }

  /** True when a candidate with this key comes out before the entry at `at`. */
  private comesBefore(linkage: number, x: number, y: number, at: number): boolean {
    const other = this.linkage[at] as number
    if (linkage !== other) return linkage > other
    const otherX = this.xs[at] as number
    return x < otherX || (x === otherX && y < (this.ys[at] as number))
  }

  /** True when the entry at `p` comes out before the entry at `q`. */
  private entryBefore(p: number, q: number): boolean {
    return this.comesBefore(this.linkage[p] as number, this.xs[p] as number, this.ys[p] as number, q)
  }

  private read(at: number): MergeCandidate {
    return {
      linkage: this.linkage[at] as number,
      x: this.xs[at] as number,
      y: this.ys[at] as number,
      vx: this.vxs[at] as number,
      vy: this.vys[at] as number,
      exact: this.exacts[at] === 1,
    }
  }

  private write(at: number, candidate: MergeCandidate): void {
    this.linkage[at] = candidate.linkage
    this.xs[at] = candidate.x
    this.ys[at] = candidate.y
    this.vxs[at] = candidate.vx
    this.vys[at] = candidate.vy
    this.exacts[at] = candidate.exact ? 1 : 0
  }

  private move(from: number, to: number): void {
    this.linkage[to] = this.linkage[from] as number
    this.xs[to] = this.xs[from] as number
    this.ys[to] = this.ys[from] as number
    this.vxs[to] = this.vxs[from] as number
    this.vys[to] = this.vys[from] as number
    this.exacts[to] = this.exacts[from] as number
  }

  private grow(): void {
    const size = 2 * this.linkage.length
    const grown = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T, next: T): T => {
      next.set(array)
      return next
    }
    this.linkage = grown(this.linkage, new Float64Array(size))
    this.xs = grown(this.xs, new Int32Array(size))
    this.ys = grown(this.ys, new Int32Array(size))
    this.vxs = grown(this.vxs, new Uint32Array(size))
    this.vys = grown(this.vys, new Uint32Array(size))
    this.exacts = grown(this.exacts, new Uint8Array(size))
  }
}
