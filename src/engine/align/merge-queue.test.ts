import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type MergeCandidate, MergeQueue } from './merge-queue.ts'

const candidate = (linkage: number, x: number, y: number, version = 0): MergeCandidate => ({
  linkage,
  x,
  y,
  vx: version,
  vy: version + 1,
  exact: version % 2 === 0,
})

/** The order the queue promises: higher linkage first, then lower x, then lower y. */
const order = (p: MergeCandidate, q: MergeCandidate) => q.linkage - p.linkage || p.x - q.x || p.y - q.y

/** Candidates with distinct keys (linkage, x, y), as clustering queues them; many tie on linkage. */
const candidates = fc
  .uniqueArray(fc.record({ linkage: fc.integer({ min: 0, max: 9 }), x: fc.nat(30), y: fc.nat(30) }), {
    selector: (entry) => `${entry.linkage} ${entry.x} ${entry.y}`,
    maxLength: 3000,
  })
  .map((entries) => entries.map((entry, at) => candidate(entry.linkage / 9, entry.x, entry.y, at)))

/** A queue holding the candidates, pushed in the order given. */
function queueOf(pushed: readonly MergeCandidate[]): MergeQueue {
  const queue = new MergeQueue()
  for (const entry of pushed) queue.push(entry)
  return queue
}

/** Everything the queue holds, in the order it pops. */
function drain(queue: MergeQueue): MergeCandidate[] {
  const popped: MergeCandidate[] = []
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) popped.push(next)
  return popped
}

describe('MergeQueue', () => {
  it('pops the highest linkage first, ties to the lower clusters, whatever the order of pushes', () => {
    fc.assert(
      fc.property(candidates, (pushed) => {
        const queue = queueOf(pushed)
        expect(queue.size).toBe(pushed.length)
        expect(drain(queue)).toEqual([...pushed].sort(order))
      }),
      { numRuns: 50 },
    )
  })

  it('keeps working when pushes and pops interleave', () => {
    const queue = new MergeQueue()
    queue.push(candidate(0.4, 1, 2))
    queue.push(candidate(0.9, 3, 4, 1))
    expect(queue.pop()).toEqual(candidate(0.9, 3, 4, 1))
    queue.push(candidate(0.4, 0, 5))
    queue.push(candidate(0.7, 2, 3))
    expect([queue.pop()?.x, queue.pop()?.x, queue.pop()?.x, queue.pop()]).toEqual([2, 0, 1, undefined])
  })

  it('drops the stale entries when pruned and pops the rest in the same order', () => {
    fc.assert(
      fc.property(candidates, fc.nat(30), (pushed, staleX) => {
        const queue = queueOf(pushed)
        queue.prune((x) => x === staleX)
        expect(drain(queue)).toEqual(pushed.filter((entry) => entry.x !== staleX).sort(order))
      }),
      { numRuns: 50 },
    )
  })
})
