import { valueOfNumber } from '../facts/number-value.ts'
import type { Claim, ReportDocument } from '../types.ts'

/**
 * Marks number differences that are updates (FLAGS-GUIDE: "an update is not a contradiction"):
 * every document that gives a value has a publication time, the times differ, and the count never
 * falls from an earlier document to a later one while it grows overall. Such a difference gets
 * `update: true`, the times, and an explanation saying so; without times for every document, a
 * differing count's explanation says the figures may be updates.
 */
export function markUpdates(claims: readonly Claim[], documents: readonly ReportDocument[]): void {
  const published = new Map(documents.map((doc) => [doc.id, doc.published ?? null]))
  const label = new Map(documents.map((doc) => [doc.id, doc.source ?? doc.title]))
  for (const claim of claims) {
    for (const difference of claim.differences) {
      if (difference.kind !== 'number') continue
      const entries = Object.entries(difference.values).map(([doc, text]) => ({
        doc,
        text,
        value: valueOfNumber(text),
        time: published.get(doc) ?? null,
      }))
      // Only counts grow by update: a magnitude or a distance (`5.9`/`6.1`) is corrected, not updated.
      if (entries.some((entry) => entry.value === null || !Number.isInteger(entry.value))) continue
      if (entries.some((entry) => entry.time === null)) {
        difference.explanation = `${difference.explanation ?? 'Number differs'}; the figures may be updates (no publication times to tell)`
        continue
      }
      const ordered = [...entries].sort((x, y) => ((x.time as string) < (y.time as string) ? -1 : 1))
      const first = ordered[0]
      const last = ordered[ordered.length - 1]
      if (first === undefined || last === undefined || first.time === last.time) continue
      const grows = ordered.every(
        (entry, at) =>
          at === 0 ||
          (entry.value as number) >= (ordered[at - 1]?.value as number) ||
          entry.time === ordered[at - 1]?.time,
      )
      if (!grows || (last.value as number) <= (first.value as number)) continue
      difference.update = true
      difference.times = Object.fromEntries(ordered.map((entry) => [entry.doc, entry.time as string]))
      const steps = ordered.map(
        (entry) => `${entry.text} in ${label.get(entry.doc) ?? entry.doc} (${entry.time})`,
      )
      difference.explanation = `Number updated over time: ${steps.join(', then ')}`
    }
  }
}
