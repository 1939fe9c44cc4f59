/** A deterministic source of numbers in [0, 1). */
export type Random = () => number

/** mulberry32: a tiny 32-bit PRNG, so every bench run builds the same articles from a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A random whole number in [0, n). */
export function pickIndex(random: Random, n: number): number {
  return Math.floor(random() * n)
}

/** A random element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[pickIndex(random, items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = pickIndex(random, index + 1)
    const swap = copy[index] as T
    copy[index] = copy[other] as T
    copy[other] = swap
  }
  return copy
}
