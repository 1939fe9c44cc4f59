/**
 * Cross-validation folds. Every figure `npm run eval` prints comes from a fold the model of that
 * figure was not fitted on; sets with topics (ECB+, ClaimDiff) keep a topic in one fold, so a
 * model is always judged on topics it has never seen.
 */

/** How many folds. */
export const FOLDS = 5

/** The fold of a row of a set without topics: rows are dealt round-robin. */
export function foldOfIndex(index: number): number {
  return index % FOLDS
}

/** The fold of a topic: a number's value, else a stable string hash (FNV-1a), modulo FOLDS. */
export function foldOfTopic(topic: string): number {
  if (/^\d+$/.test(topic)) return Number(topic) % FOLDS
  let hash = 0x811c9dc5
  for (let at = 0; at < topic.length; at++) {
    hash ^= topic.charCodeAt(at)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % FOLDS
}
