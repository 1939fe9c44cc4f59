import { compareArticles, type Report } from '../engine/index.ts'
import { type CliStreams, writeText } from './cli-streams.ts'
import { parseBatchRequest } from './parse-batch-request.ts'
import { readLines } from './read-lines.ts'

/**
 * Batch mode: one JSON request per input line, one compact JSON report (or error) per output line,
 * in the same order. Empty lines are skipped; a bad line is reported on its line and the run goes on.
 * Returns the exit code: 0, since errors travel in the output.
 */
export async function runBatch(streams: CliStreams): Promise<number> {
  let lineNumber = 0
  for await (const line of readLines(streams.stdin)) {
    lineNumber++
    if (line.trim() === '') continue
    await writeText(streams.stdout, `${JSON.stringify(answerBatchLine(line, lineNumber))}\n`)
  }
  return 0
}

/** The report for one request line, or its error. */
function answerBatchLine(line: string, lineNumber: number): Report | { id: string | null; error: string } {
  const request = parseBatchRequest(line)
  if ('error' in request) return { id: request.id, error: `line ${lineNumber}: ${request.error}` }
  try {
    const { version, ...rest } = compareArticles(request.articles)
    return { version, id: request.id, ...rest }
  } catch (error) {
    // An engine failure on one request must not lose the others' reports.
    return { id: request.id, error: `line ${lineNumber}: comparison failed: ${(error as Error).message}` }
  }
}
