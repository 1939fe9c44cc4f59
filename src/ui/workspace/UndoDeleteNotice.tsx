import type { SavedComparison } from './saved-comparison.ts'

export interface UndoDeleteNoticeProps {
  removed: SavedComparison | null
  onUndo(): void
  onDismiss(): void
  /** Inside the saved list (a modal dialog) rather than floating over the page. */
  inline?: boolean
}

/** After a saved comparison is deleted: says so and offers to bring it back. */
export function UndoDeleteNotice({ removed, onUndo, onDismiss, inline = false }: UndoDeleteNoticeProps) {
  if (!removed) return null
  return (
    <div
      role="status"
      className={`${inline ? 'mt-3' : 'fixed bottom-4 left-1/2 z-40 -translate-x-1/2'} flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg print:hidden dark:bg-slate-100 dark:text-slate-900`}
    >
      <span>Deleted “{removed.name}”.</span>
      <button
        type="button"
        onClick={onUndo}
        className="font-semibold text-sky-300 underline dark:text-sky-700"
      >
        Undo
      </button>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="opacity-70 hover:opacity-100">
        ✕
      </button>
    </div>
  )
}
