/** The narrowest an article column may get and still read as prose (14rem), in CSS pixels. */
export const MIN_COLUMN_WIDTH = 224

/** The space between two columns (Tailwind `gap-3`), in CSS pixels. */
export const COLUMN_GAP = 12

/** How many columns of at least `MIN_COLUMN_WIDTH` fit side by side in a width; all when it is unknown. */
export function columnsThatFit(width: number, count: number): number {
  if (width <= 0) return count
  return Math.max(2, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)))
}

/**
 * The documents shown side by side, in column order: every one when they fit; else the ones the
 * person brought in most recently (`picks`, oldest first), filled up with the first documents. A
 * new pick so replaces the last of the first columns, then the pick before it, never the newest.
 */
export function columnsShown(docs: readonly string[], picks: readonly string[], fit: number): string[] {
  if (docs.length <= fit) return [...docs]
  const recent = picks.filter((id) => docs.includes(id)).slice(-fit)
  const rest = docs.filter((id) => !recent.includes(id)).slice(0, fit - recent.length)
  const chosen = new Set([...rest, ...recent])
  return docs.filter((id) => chosen.has(id))
}

/**
 * The document to bring in for a jump (a queue step, a summary link: `origin` null) none of whose
 * linked segments sits in a shown column: the document of the first of them; else null.
 */
export function columnToReveal(
  target: { segmentIds: string[]; origin: string | null } | null,
  shown: readonly string[],
  docOf: (segmentId: string) => string | undefined,
): string | null {
  if (!target || target.origin !== null) return null
  const docs = target.segmentIds.map(docOf)
  if (docs.some((doc) => doc !== undefined && shown.includes(doc))) return null
  return docs.find((doc) => doc !== undefined) ?? null
}
