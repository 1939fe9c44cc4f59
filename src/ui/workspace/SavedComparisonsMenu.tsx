import { useState } from 'react'
import { quietButton } from './button-styles.ts'
import { Dialog } from './Dialog.tsx'
import { SavedComparisonRow } from './SavedComparisonRow.tsx'
import type { ComparisonContent } from './saved-comparison.ts'
import { UndoDeleteNotice } from './UndoDeleteNotice.tsx'
import type { WorkspaceSession, WorkspaceState } from './workspace-session.ts'

export interface SavedComparisonsMenuProps {
  state: WorkspaceState
  session: WorkspaceSession
  /** A fresh copy of the demo comparison. */
  demo(): ComparisonContent
}

/** The saved comparisons on this device: open, rename, duplicate, delete; or reopen the demo. */
export function SavedComparisonsMenu({ state, session, demo }: SavedComparisonsMenuProps) {
  const [open, setOpen] = useState(false)
  const act = (action: () => Promise<void>, closeAfter = false) => {
    void action()
    if (closeAfter) setOpen(false)
  }
  return (
    <>
      <button type="button" className={quietButton} onClick={() => setOpen(true)}>
        Saved comparisons
      </button>
      <Dialog title="Saved comparisons" open={open} onClose={() => setOpen(false)}>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Kept in this browser only. Changes are saved as you go.
        </p>
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-700" aria-label="Saved comparisons">
          {state.saved.map((summary) => (
            <SavedComparisonRow
              key={summary.id}
              summary={summary}
              isOpen={summary.id === state.current.id}
              onOpen={() => act(() => session.open(summary.id), true)}
              onRename={(name) => act(() => session.rename(summary.id, name))}
              onDuplicate={() => act(() => session.duplicate(summary.id), true)}
              onDelete={() => act(() => session.remove(summary.id))}
            />
          ))}
        </ul>
        <UndoDeleteNotice
          inline
          removed={state.removed}
          onUndo={() => void session.undoRemove()}
          onDismiss={() => session.dismissRemoved()}
        />
        <div className="mt-4 flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
          <button
            type="button"
            className={quietButton}
            onClick={() => act(() => session.openNew(demo()), true)}
          >
            Open the demo
          </button>
        </div>
      </Dialog>
    </>
  )
}
