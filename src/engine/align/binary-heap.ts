/**
 * A binary heap (Williams 1964) over an array: `pop` returns the item that comes first by
 * `before`. Push and pop are O(log n); the average-link clustering queues every candidate merge.
 */
export class BinaryHeap<Item> {
  private readonly items: Item[] = []

  /** `before(p, q)` is true when p must come out before q. */
  constructor(private readonly before: (p: Item, q: Item) => boolean) {}

  /** Adds an item. */
  push(item: Item): void {
    const items = this.items
    items.push(item)
    let at = items.length - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!this.before(items[at] as Item, items[parent] as Item)) break
      this.swap(at, parent)
      at = parent
    }
  }

  /** Removes and returns the first item, undefined when empty. */
  pop(): Item | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    let at = 0
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let best = at
      if (left < items.length && this.before(items[left] as Item, items[best] as Item)) best = left
      if (right < items.length && this.before(items[right] as Item, items[best] as Item)) best = right
      if (best === at) break
      this.swap(at, best)
      at = best
    }
    return top
  }

  /** How many items are queued. */
  get size(): number {
    return this.items.length
  }

  private swap(i: number, j: number): void {
    const items = this.items
    const held = items[i] as Item
    items[i] = items[j] as Item
    items[j] = held
  }
}
