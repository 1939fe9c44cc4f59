import { describe, expect, test } from 'vitest'
import { takeRecoveryCopy, writeRecoveryCopy } from './recovery-copy.ts'
import { createComparison } from './saved-comparison.ts'

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('recovery copy', () => {
  test('is written, read back once, then gone', () => {
    const storage = memoryStorage()
    const comparison = createComparison({ name: 'Talks', articles: [{ id: 'a', text: 'Alpha.' }] }, 5)
    writeRecoveryCopy(comparison, storage)
    const taken = takeRecoveryCopy(storage)
    expect(taken).toMatchObject({
      id: comparison.id,
      name: 'Talks',
      articles: comparison.articles,
      updatedAt: 5,
    })
    expect(takeRecoveryCopy(storage)).toBeNull()
  })

  test('a copy too large for sessionStorage is skipped, a damaged one ignored', () => {
    const storage = memoryStorage()
    writeRecoveryCopy(
      createComparison({ name: 'Huge', articles: [{ id: 'a', text: 'x'.repeat(4_000_001) }] }),
      storage,
    )
    expect(storage.length).toBe(0)
    storage.setItem('crosscheck-recovery', '{"articles":[{"id":"a"}]}')
    expect(takeRecoveryCopy(storage)).toBeNull()
    storage.setItem('crosscheck-recovery', '{"articles":[],"threshold":0.4}')
    expect(takeRecoveryCopy(storage)).toBeNull()
  })
})
