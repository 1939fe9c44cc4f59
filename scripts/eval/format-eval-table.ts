import type { CrossValidated } from './cross-validate.ts'

/** A share as a percentage with one decimal. */
function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/**
 * A compact fixed-width table: one row per metric (all 0..1, shown as percentages), grouped by
 * set: the held-out mean ± its spread across folds, and the train-fold mean beside it.
 */
export function formatEvalTable(results: readonly CrossValidated[]): string {
  const rows: string[][] = [['set', 'items', 'seconds', 'metric', 'held-out', '± sd', 'train']]
  for (const result of results) {
    Object.entries(result.metrics).forEach(([name, metric], index) => {
      rows.push([
        index === 0 ? result.set : '',
        index === 0 ? String(result.items) : '',
        index === 0 ? result.seconds.toFixed(1) : '',
        name,
        percent(metric.mean),
        `± ${(metric.sd * 100).toFixed(1)}`,
        metric.train === null ? '—' : percent(metric.train),
      ])
    })
  }
  return `${alignColumns(rows, 'left')}\n`
}

/** Rows of cells as fixed-width text, each column as wide as its widest cell, two spaces apart. */
export function alignColumns(rows: readonly string[][], align: 'left' | 'right'): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          align === 'left' ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}
