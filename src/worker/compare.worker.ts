import { compareArticles, listQuotes } from '../engine/index.ts'
import type { CompareRequest, WorkerResponse } from './protocol.ts'

// Typed narrowly by hand: the webworker lib cannot share a program with the DOM lib.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null
}

scope.onmessage = (event) => {
  const { id, articles, options } = event.data
  const started = performance.now()
  try {
    const report = compareArticles(articles, {
      ...options,
      onProgress: (fraction, stage) => scope.postMessage({ type: 'progress', id, fraction, stage }),
    })
    // The engine lists the quotes it extracted; listQuotes only reads them back.
    const quotes = listQuotes(report)
    scope.postMessage({ type: 'result', id, report, quotes, elapsedMs: performance.now() - started })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage({ type: 'error', id, message })
  }
}
