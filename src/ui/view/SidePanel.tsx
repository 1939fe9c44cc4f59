import type { ReactNode } from 'react'
import type { PanelName } from './use-view-state.ts'

export interface SidePanelProps {
  panel: PanelName
  onPanel(panel: PanelName): void
  details: ReactNode
  summary: ReactNode
}

const names: [PanelName, string][] = [
  ['details', 'Details'],
  ['summary', 'Summary'],
]

/** The side panel: the selected claim's details, or the comparison's summary. */
export function SidePanel({ panel, onPanel, details, summary }: SidePanelProps) {
  return (
    <aside
      aria-label="Details and summary"
      className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white md:w-[27rem] md:shrink-0 dark:border-slate-700 dark:bg-slate-900"
    >
      <div
        role="tablist"
        aria-label="Side panel"
        className="flex border-b border-slate-200 dark:border-slate-700"
      >
        {names.map(([name, label]) => (
          <button
            key={name}
            id={`panel-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={panel === name}
            aria-controls="side-panel"
            onClick={() => onPanel(name)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = name === 'details' ? 'summary' : 'details'
                onPanel(next)
                document.getElementById(`panel-tab-${next}`)?.focus()
              }
            }}
            tabIndex={panel === name ? 0 : -1}
            className="flex-1 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 aria-selected:border-blue-700 aria-selected:text-blue-800 dark:text-slate-300 dark:aria-selected:border-blue-300 dark:aria-selected:text-blue-200"
          >
            {label}
          </button>
        ))}
      </div>
      <div
        id="side-panel"
        role="tabpanel"
        aria-labelledby={`panel-tab-${panel}`}
        tabIndex={-1}
        className="relative min-h-0 flex-1 overflow-y-auto p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
      >
        {panel === 'details' ? details : summary}
      </div>
    </aside>
  )
}
