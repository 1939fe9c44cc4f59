import { useEffect, useRef } from 'react'

/** Where a paste belongs to the field, not to the page. */
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]'

/**
 * Calls `onPaste` with the clipboard's HTML and text when something is pasted on the page itself
 * (not into a field or an open dialog), so Ctrl+V anywhere starts adding an article.
 */
export function usePagePaste(onPaste: (content: { html: string; text: string }) => void) {
  const handler = useRef(onPaste)
  handler.current = onPaste
  useEffect(() => {
    const listener = (event: ClipboardEvent) => {
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(EDITABLE) || !event.clipboardData) return
      const content = {
        html: event.clipboardData.getData('text/html'),
        text: event.clipboardData.getData('text/plain'),
      }
      if (content.html === '' && content.text.trim() === '') return
      event.preventDefault()
      handler.current(content)
    }
    document.addEventListener('paste', listener)
    return () => document.removeEventListener('paste', listener)
  }, [])
}
