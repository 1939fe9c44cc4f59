import type { ReactNode } from 'react'
import type { ReportDocument } from '../../engine/report-api.ts'
import { IsolatedMark } from './IsolatedMark.tsx'

export interface DocumentTabsProps {
  documents: ReportDocument[]
  active: string
  /** Documents that share no claim with the others, marked on their tab. */
  isolated: string[]
  onTab(doc: string): void
  children: ReactNode
}

/** On a narrow screen, one tab per article instead of columns. */
export function DocumentTabs({ documents, active, isolated, onTab, children }: DocumentTabsProps) {
  const move = (from: number, step: number) => {
    const next = documents[(from + step + documents.length) % documents.length]
    if (next) {
      onTab(next.id)
      document.getElementById(`tab-${next.id}`)?.focus()
    }
  }
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div role="tablist" aria-label="Articles" className="relative mb-2 flex gap-1 overflow-x-auto">
        {documents.map((doc, i) => (
          <button
            key={doc.id}
            id={`tab-${doc.id}`}
            type="button"
            role="tab"
            aria-selected={doc.id === active}
            aria-controls="article-tabpanel"
            tabIndex={doc.id === active ? 0 : -1}
            onClick={() => onTab(doc.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') move(i, 1)
              if (event.key === 'ArrowLeft') move(i, -1)
            }}
            className="shrink-0 rounded-t-md border-b-2 px-3 py-1.5 whitespace-nowrap text-sm font-medium aria-selected:border-blue-700 aria-selected:text-blue-800 border-transparent text-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-slate-300 dark:aria-selected:border-blue-300 dark:aria-selected:text-blue-200"
          >
            {doc.source ?? doc.title}
            {isolated.includes(doc.id) && <IsolatedMark />}
          </button>
        ))}
      </div>
      <div
        id="article-tabpanel"
        role="tabpanel"
        aria-labelledby={`tab-${active}`}
        className="flex min-h-0 flex-1"
      >
        {children}
      </div>
    </div>
  )
}
