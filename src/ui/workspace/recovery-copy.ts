import { parseComparison, THRESHOLD_SCALE } from '../../export/comparison-file.ts'
import type { SavedComparison } from './saved-comparison.ts'

const KEY = 'crosscheck-recovery'

/** Past this many characters the rescue copy is skipped: sessionStorage holds about 5 MB. */
const MAX_RECOVERY_CHARS = 4_000_000

/**
 * Keeps a copy of the open comparison in this tab's sessionStorage, synchronously, as the page is
 * left with edits not yet in IndexedDB (an IndexedDB write started on `pagehide` may never finish).
 */
export function writeRecoveryCopy(comparison: SavedComparison, storage: Storage = sessionStorage): void {
  const json = JSON.stringify({ ...comparison, thresholdScale: THRESHOLD_SCALE })
  if (json.length > MAX_RECOVERY_CHARS) return
  try {
    storage.setItem(KEY, json)
  } catch {
    // Storage full or refused: the IndexedDB save already under way is all there is.
  }
}

/** Takes the rescued copy out of sessionStorage (it is used once), checked like an import; null when none. */
export function takeRecoveryCopy(storage: Storage = sessionStorage): SavedComparison | null {
  let json: string | null = null
  try {
    json = storage.getItem(KEY)
    storage.removeItem(KEY)
  } catch {
    return null
  }
  if (json === null) return null
  try {
    const payload = parseComparison(json)
    const record: unknown = JSON.parse(json)
    if (typeof record !== 'object' || record === null) return null
    const { id, createdAt, updatedAt } = record as Record<string, unknown>
    if (typeof id !== 'string' || typeof createdAt !== 'number' || typeof updatedAt !== 'number') return null
    return { ...payload, id, createdAt, updatedAt, openedAt: Date.now() }
  } catch {
    return null
  }
}
