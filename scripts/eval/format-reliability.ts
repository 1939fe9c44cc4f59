import type { CrossValidated } from './cross-validate.ts'
import { alignColumns } from './format-eval-table.ts'
import { poolReliability, type Reliability } from './reliability.ts'

/** The held-out reliability of a set, pooled over its folds; null when the set measures none. */
export function pooledReliability(result: CrossValidated): Reliability | null {
  const parts = result.detail
    .map((detail) => detail.reliability as Reliability | undefined)
    .filter((part): part is Reliability => part !== undefined)
  return parts.length === 0 ? null : poolReliability(parts)
}

/**
 * The reliability diagrams as text, one block per set that measures one: for each probability bin,
 * the mean probability the model gave ("said"), the share the gold calls one claim ("found"), and
 * how many pairs fell there. Pooled over the held-out folds.
 */
export function formatReliability(results: readonly CrossValidated[]): string {
  const blocks: string[] = []
  for (const result of results) {
    const pooled = pooledReliability(result)
    if (pooled === null) continue
    const bins = pooled.bins.filter((bin) => bin.count > 0)
    const rows = [
      ['', ...bins.map((bin) => `${Math.round(bin.from * 100)}–${Math.round(bin.to * 100)}`)],
      ['said', ...bins.map((bin) => `${Math.round(bin.meanProbability * 100)}%`)],
      ['found', ...bins.map((bin) => `${Math.round(bin.observed * 100)}%`)],
      ['pairs', ...bins.map((bin) => String(bin.count))],
    ]
    blocks.push(
      `${result.set}: ECE ${(pooled.ece * 100).toFixed(1)}%, Brier ${pooled.brier.toFixed(3)} over ${pooled.count} pairs\n` +
        alignColumns(rows, 'right'),
    )
  }
  return blocks.join('\n\n')
}
