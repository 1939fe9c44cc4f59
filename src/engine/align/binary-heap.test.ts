import { describe, expect, it } from 'vitest'
import { BinaryHeap } from './binary-heap.ts'

describe('BinaryHeap', () => {
  it('pops items in the order `before` gives, whatever the order they were pushed in', () => {
    const heap = new BinaryHeap<number>((p, q) => p > q)
    const values = [5, 1, 9, 3, 9, 0, 7, 2, 8, 4, 6]
    for (const value of values) heap.push(value)
    expect(heap.size).toBe(values.length)
    const popped: number[] = []
    for (let next = heap.pop(); next !== undefined; next = heap.pop()) popped.push(next)
    expect(popped).toEqual([...values].sort((p, q) => q - p))
    expect(heap.pop()).toBeUndefined()
  })

  it('keeps working when pushes and pops interleave', () => {
    const heap = new BinaryHeap<number>((p, q) => p < q)
    heap.push(4)
    heap.push(2)
    expect(heap.pop()).toBe(2)
    heap.push(1)
    heap.push(3)
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 3, 4, undefined])
  })
})
