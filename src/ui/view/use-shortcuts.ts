import { useEffect, useRef } from 'react'
import { actionForKey, type ShortcutAction } from './shortcuts.ts'

const TYPING = 'input, textarea, select, [contenteditable="true"]'

/**
 * Calls `onAction` for the view's keys, pressed anywhere but in a text field or a dialog. Enter is
 * left to buttons and links, which have their own meaning for it.
 */
export function useShortcuts(onAction: (action: ShortcutAction) => void) {
  const latest = useRef(onAction)
  latest.current = onAction
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      const target = event.target instanceof Element ? event.target : null
      // Another dialog (the workspace's, or the help overlay, which closes itself natively) owns its keys.
      if (target?.closest('dialog, [role="dialog"]')) return
      if (target?.closest(TYPING) && event.key !== 'Escape') return
      if (event.key === 'Enter' && target?.closest('button, a, [role="tab"]')) return
      const action = actionForKey(event.key)
      if (!action) return
      event.preventDefault()
      latest.current(action)
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
