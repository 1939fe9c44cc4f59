import type { ReactNode } from 'react'
import { SaveStatusText } from './SaveStatusText.tsx'
import type { WorkspaceSession, WorkspaceState } from './workspace-session.ts'

export interface WorkspaceHeaderProps {
  state: WorkspaceState
  session: WorkspaceSession
  /** The menus: saved comparisons, export, share. */
  children: ReactNode
}

/** The top bar: product name, the open comparison's name and save state, and the menus. */
export function WorkspaceHeader({ state, session, children }: WorkspaceHeaderProps) {
  return (
    <header className="border-b border-slate-200 px-6 py-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold">Crosscheck</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            How different outlets report the same story, side by side.
          </p>
        </div>
        <nav aria-label="Comparison" className="flex flex-wrap items-center gap-2 print:hidden">
          {children}
        </nav>
      </div>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="truncate text-sm font-medium">{state.current.name}</p>
        {state.phase === 'ready' && (
          <SaveStatusText status={state.save} onRetry={() => void session.flush()} />
        )}
      </div>
      {state.notice && (
        <p
          role={state.notice.tone === 'problem' ? 'alert' : 'status'}
          className={`mt-2 text-sm ${state.notice.tone === 'problem' ? 'text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}`}
        >
          {state.notice.text}{' '}
          <button type="button" className="underline" onClick={() => session.dismissNotice()}>
            Dismiss
          </button>
        </p>
      )}
    </header>
  )
}
