import { parseBatchRequest } from './parse-batch-request.ts'

// Apart from answer-batch-line.ts, which loads the engine: a pool's main thread writes error lines
// for its workers and never compares, so it need not pay the engine's start-up.

/** An error line: `{"id": <id or null>, "error": "line N: …"}`. */
export function formatBatchError(id: string | null, lineNumber: number, error: string): string {
  return JSON.stringify({ id, error: `line ${lineNumber}: ${error}` })
}

/**
 * The request id of a line, for an error line when its worker crashed or ran out of time; null
 * when the line has none. Parses the line again, which costs nothing next to the comparison lost.
 */
export function readRequestId(line: string): string | null {
  return parseBatchRequest(line).id
}
