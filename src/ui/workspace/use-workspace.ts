import { useEffect, useState, useSyncExternalStore } from 'react'
import { writeRecoveryCopy } from './recovery-copy.ts'
import type { WorkspaceSession, WorkspaceState } from './workspace-session.ts'

/**
 * Subscribes to a workspace session and starts it once (opening storage and the last comparison).
 * Unsaved edits are written when the page is hidden or closed, and rescued into sessionStorage
 * on the way out, since an IndexedDB write started then may never finish. A share link opened in
 * this tab later (only the fragment changes) opens as a new comparison.
 */
export function useWorkspace(createSession: () => WorkspaceSession): [WorkspaceState, WorkspaceSession] {
  const [session] = useState(createSession)
  useEffect(() => {
    void session.start()
    const flush = () => void session.flush()
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    const onPageHide = () => {
      const unsaved = session.unsavedComparison()
      if (unsaved) writeRecoveryCopy(unsaved)
      flush()
    }
    const onHashChange = () => void session.openIncoming()
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('hashchange', onHashChange)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('hashchange', onHashChange)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [session])
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot)
  return [state, session]
}
