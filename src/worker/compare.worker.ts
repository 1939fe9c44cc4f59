import { compareArticles, listQuotes } from '../engine/index.ts'
import { claimParts } from './claim-parts.ts'
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
    const elapsedMs = performance.now() - started
    const parts = claimParts(report.claims)
    if (parts.length <= 1) scope.postMessage({ type: 'result', id, report, quotes, elapsedMs })
    else {
      for (const claims of parts) scope.postMessage({ type: 'claims', id, claims })
      const rest = { ...report, claims: [] }
      scope.postMessage({
        type: 'result',
        id,
        report: rest,
        claimsSent: report.claims.length,
        quotes,
        elapsedMs,
      })
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    scope.postMessage({ type: 'error', id, message })
  }
}

// Requests wait in the client until this arrives, so one cancelled while the engine still loads
// (React's development double mount cancels the demo's first request) is dropped there, and the
// worker, half way through loading, is kept rather than replaced.
scope.postMessage({ type: 'ready' })
