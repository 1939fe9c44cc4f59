import { readFileSync } from 'node:fs'

/** The rows of a JSON Lines file, at most `limit` of them; empty lines are skipped. */
export function readJsonl<T>(path: string, limit = Number.POSITIVE_INFINITY): T[] {
  const rows: T[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (rows.length >= limit) break
    if (line.trim() !== '') rows.push(JSON.parse(line) as T)
  }
  return rows
}
