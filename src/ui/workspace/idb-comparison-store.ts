import { type DBSchema, openDB } from 'idb'
import type { ComparisonStore } from './comparison-store.ts'
import type { SavedComparison } from './saved-comparison.ts'

interface CrosscheckDb extends DBSchema {
  comparisons: { key: string; value: SavedComparison }
}

/** The IndexedDB database that keeps comparisons on this device; nothing leaves it. */
export const DATABASE_NAME = 'crosscheck'

/**
 * Opens the saved-comparison store in IndexedDB. Rejects when the browser gives no storage
 * (some private modes).
 */
export async function openIdbComparisonStore(): Promise<ComparisonStore> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB storage.')
  const db = await openDB<CrosscheckDb>(DATABASE_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('comparisons', { keyPath: 'id' })
    },
  })
  return {
    list: () => db.getAll('comparisons'),
    get: (id) => db.get('comparisons', id),
    put: async (comparison) => {
      await db.put('comparisons', comparison)
    },
    // Read and write in one transaction, so no other tab's save can land between them.
    putIfUnchanged: async (comparison, knownUpdatedAt) => {
      const transaction = db.transaction('comparisons', 'readwrite')
      const stored = await transaction.store.get(comparison.id)
      const unchanged = !stored || stored.updatedAt === knownUpdatedAt
      if (unchanged) await transaction.store.put(comparison)
      await transaction.done
      return unchanged
    },
    delete: (id) => db.delete('comparisons', id),
  }
}
