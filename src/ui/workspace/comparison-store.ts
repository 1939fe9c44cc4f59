import type { SavedComparison } from './saved-comparison.ts'

/** Where saved comparisons live: IndexedDB in the app, a Map in tests and when storage fails. */
export interface ComparisonStore {
  /** Every saved comparison. */
  list(): Promise<SavedComparison[]>
  /** One saved comparison, or undefined when there is none with that id. */
  get(id: string): Promise<SavedComparison | undefined>
  /** Saves a comparison, replacing the one with the same id. */
  put(comparison: SavedComparison): Promise<void>
  /**
   * Saves a comparison only if the stored one with its id is still the version this tab knows
   * (its `updatedAt` equals `knownUpdatedAt`) or is gone, in one step; false when another tab
   * saved a newer version meanwhile, which is then left as it is.
   */
  putIfUnchanged(comparison: SavedComparison, knownUpdatedAt: number | null): Promise<boolean>
  /** Deletes a comparison; deleting a missing one does nothing. */
  delete(id: string): Promise<void>
}

/** A store in memory: for tests, and as the fallback that keeps the app working without storage. */
export function createMemoryStore(initial: SavedComparison[] = []): ComparisonStore {
  const records = new Map(initial.map((comparison) => [comparison.id, structuredClone(comparison)]))
  return {
    list: async () => [...records.values()].map((comparison) => structuredClone(comparison)),
    get: async (id) => {
      const comparison = records.get(id)
      return comparison && structuredClone(comparison)
    },
    put: async (comparison) => {
      records.set(comparison.id, structuredClone(comparison))
    },
    putIfUnchanged: async (comparison, knownUpdatedAt) => {
      const stored = records.get(comparison.id)
      if (stored && stored.updatedAt !== knownUpdatedAt) return false
      records.set(comparison.id, structuredClone(comparison))
      return true
    },
    delete: async (id) => {
      records.delete(id)
    },
  }
}
