import { answerBatchLine } from './answer-batch-line.ts'

/** One request as the pool hands it to a worker thread. */
export interface BatchTask {
  /** The request line as read. */
  line: string
  /** Its 1-based line number in the input, for error messages. */
  lineNumber: number
}

/**
 * The worker threads' entry (bundled to dist-cli/batch-worker.mjs): answers one request line with
 * its output line, built and serialised here so the main thread only reads and writes lines.
 */
export default function answerBatchTask(task: BatchTask): string {
  return answerBatchLine(task.line, task.lineNumber)
}
