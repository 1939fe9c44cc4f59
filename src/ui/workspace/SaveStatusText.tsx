import type { SaveStatus } from './workspace-session.ts'

export interface SaveStatusTextProps {
  status: SaveStatus
  onRetry(): void
}

/** Whether the open comparison is stored; a failure is said plainly, with a retry. */
export function SaveStatusText({ status, onRetry }: SaveStatusTextProps) {
  if (status.kind === 'error' || status.kind === 'unavailable') {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <span>{status.message}</span>
        {status.kind === 'error' && (
          <button type="button" onClick={onRetry} className="rounded px-2 py-0.5 font-medium underline">
            Try again
          </button>
        )}
      </div>
    )
  }
  return (
    <p role="status" className="text-xs text-slate-600 print:hidden dark:text-slate-400">
      {status.kind === 'saving' ? 'Saving…' : 'Saved in this browser'}
    </p>
  )
}
