import { compareArticles } from '../engine/index.ts'
import { formatBatchError } from './batch-error-line.ts'
import { parseBatchRequest } from './parse-batch-request.ts'

/**
 * The output line (without its newline) for one request line: the compact report with the request
 * id echoed after `version`, or `{"id", "error"}`. Pure of its input, so the same line gives the
 * same bytes whether it is answered on the main thread (`--jobs 1`) or in a worker thread.
 */
export function answerBatchLine(line: string, lineNumber: number): string {
  const request = parseBatchRequest(line)
  if ('error' in request) return formatBatchError(request.id, lineNumber, request.error)
  try {
    const { version, ...rest } = compareArticles(request.articles)
    return JSON.stringify({ version, id: request.id, ...rest })
  } catch (error) {
    // An engine failure on one request must not lose the others' reports.
    return formatBatchError(request.id, lineNumber, `comparison failed: ${(error as Error).message}`)
  }
}
