import { type DBSchema, openDB } from 'idb'
import type { ComparisonStore } from './comparison-store.ts'
import { DEFAULT_THRESHOLD, type SavedComparison } from './saved-comparison.ts'

interface CrosscheckDb extends DBSchema {
  comparisons: { key: string; value: SavedComparison }
}

/** The IndexedDB database that keeps comparisons on this device; nothing leaves it. */
export const DATABASE_NAME = 'crosscheck'

/** 2: the sensitivity became the match model's probability cut (ADR 0023). */
const SCHEMA_VERSION = 2

/**
 * Opens the saved-comparison store in IndexedDB. Rejects when the browser gives no storage
 * (some private modes).
 */
export async function openIdbComparisonStore(): Promise<ComparisonStore> {
  if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB storage.')
  const db = await openDB<CrosscheckDb>(DATABASE_NAME, SCHEMA_VERSION, {
    async upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) database.createObjectStore('comparisons', { keyPath: 'id' })
      if (oldVersion === 1) {
        // Version 1 saved the sensitivity as a cut on the hand-weighted score, which means nothing
        // as a probability: those comparisons reopen at the learned matcher's default cut.
        const store = transaction.objectStore('comparisons')
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          await cursor.update({ ...cursor.value, threshold: DEFAULT_THRESHOLD })
        }
      }
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
