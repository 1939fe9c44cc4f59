import type { EvalResult } from './eval-result.ts'

/** A compact fixed-width table: one row per metric (all 0..1, shown as percentages), grouped by dataset. */
export function formatEvalTable(results: EvalResult[]): string {
  const rows: string[][] = [['set', 'items', 'seconds', 'metric', 'value']]
  for (const result of results) {
    Object.entries(result.metrics).forEach(([name, value], index) => {
      rows.push([
        index === 0 ? result.set : '',
        index === 0 ? String(result.items) : '',
        index === 0 ? result.seconds.toFixed(1) : '',
        name,
        `${(value * 100).toFixed(1)}%`,
      ])
    })
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`
}
