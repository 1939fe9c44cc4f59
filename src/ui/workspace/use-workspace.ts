import { useEffect, useState, useSyncExternalStore } from 'react'
import type { WorkspaceSession, WorkspaceState } from './workspace-session.ts'

/**
 * Subscribes to a workspace session and starts it once (opening storage and the last comparison).
 * Unsaved edits are written when the page is hidden or closed.
 */
export function useWorkspace(createSession: () => WorkspaceSession): [WorkspaceState, WorkspaceSession] {
  const [session] = useState(createSession)
  useEffect(() => {
    void session.start()
    const flush = () => void session.flush()
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [session])
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot)
  return [state, session]
}
