// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleReport } from '../../engine/summary/sample-report.ts'
import type { ArticleInput, Report } from '../../engine/types.ts'
import type { CompareCallOptions, ComparisonResult } from '../../worker/client.ts'
import type { WorkerCompareOptions } from '../../worker/protocol.ts'
import { compareClient } from '../compare-client.ts'
import { ComparisonView } from './ComparisonView.tsx'

vi.mock('../compare-client.ts', () => ({ compareClient: { compare: vi.fn() } }))

interface Call {
  articles: ArticleInput[]
  options: WorkerCompareOptions
  call: CompareCallOptions
  resolve(result: ComparisonResult): void
}

let calls: Call[] = []
beforeEach(() => {
  calls = []
  vi.mocked(compareClient.compare).mockImplementation(
    (articles, options, call = {}) =>
      new Promise((resolve, reject) => {
        calls.push({ articles, options, call, resolve })
        call.signal?.addEventListener('abort', () =>
          reject(new DOMException('Comparison cancelled', 'AbortError')),
        )
      }),
  )
})

const articles = (title: string): ArticleInput[] => [
  { id: 'aljazeera', title, text: 'a' },
  { id: 'cnn', title: 'CNN story', text: 'b' },
]
const reportTitled = (title: string): Report => {
  const report = sampleReport()
  return { ...report, documents: report.documents.map((doc, i) => (i === 0 ? { ...doc, title } : doc)) }
}
const view = (input: ArticleInput[], threshold = 0.42): ReactNode => (
  <ComparisonView
    articles={input}
    overrides={{}}
    onOverridesChange={() => {}}
    threshold={threshold}
    onThresholdChange={() => {}}
  />
)
function renderWithQuery(node: ReactNode) {
  const client = new QueryClient()
  const result = render(<QueryClientProvider client={client}>{node}</QueryClientProvider>)
  return {
    ...result,
    rerender: (next: ReactNode) =>
      result.rerender(<QueryClientProvider client={client}>{next}</QueryClientProvider>),
  }
}

describe('ComparisonView', () => {
  it('shows a running comparison’s progress and can cancel it, then run it again', async () => {
    const user = userEvent.setup()
    renderWithQuery(view(articles('First')))
    expect(calls).toHaveLength(1)
    act(() => calls[0]?.call.onProgress?.(0.5, 'align'))
    expect(screen.getByRole('status')).toHaveTextContent('Comparing… align, 50%')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(calls[0]?.call.signal?.aborted).toBe(true)
    expect(await screen.findByText(/Comparison stopped/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Compare again' }))
    expect(calls).toHaveLength(2)
    await act(async () => calls[1]?.resolve({ report: reportTitled('First'), elapsedMs: 1 }))
    expect(await screen.findByRole('article', { name: 'First' })).toBeInTheDocument()
  })

  it('drops a result for inputs that have since changed, and passes the threshold to the engine', async () => {
    const { rerender } = renderWithQuery(view(articles('Stale')))
    rerender(view(articles('Fresh'), 0.7))
    expect(calls).toHaveLength(2)
    expect(calls[1]?.options).toEqual({ threshold: 0.7 })
    await act(async () => calls[0]?.resolve({ report: reportTitled('Stale'), elapsedMs: 1 }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(screen.queryByRole('article', { name: 'Stale' })).not.toBeInTheDocument()
    await act(async () => calls[1]?.resolve({ report: reportTitled('Fresh'), elapsedMs: 1 }))
    expect(await screen.findByRole('article', { name: 'Fresh' })).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: 'Stale' })).not.toBeInTheDocument()
  })

  it('says when the result is approximate', async () => {
    renderWithQuery(view(articles('Slow')))
    const report = {
      ...reportTitled('Slow'),
      shortcuts: [{ limit: 'timeBudget', detail: 'stopped aligning after 20 s' }],
    }
    await act(async () => calls[0]?.resolve({ report, elapsedMs: 20_000 }))
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Approximate result: stopped aligning after 20 s',
    )
  })
})
