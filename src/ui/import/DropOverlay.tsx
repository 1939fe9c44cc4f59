import { useEffect, useRef, useState } from 'react'

export interface DropOverlayProps {
  onFiles(files: File[]): void
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/**
 * Makes the whole page a drop zone for files: while files are dragged over it, an overlay says
 * what will happen; dropping hands them over. Other drags (selected text) are left alone.
 */
export function DropOverlay({ onFiles }: DropOverlayProps) {
  const [active, setActive] = useState(false)
  const depth = useRef(0)
  const onFilesRef = useRef(onFiles)
  onFilesRef.current = onFiles

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current++
      setActive(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setActive(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current = 0
      setActive(false)
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length > 0) onFilesRef.current(files)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  if (!active) return null
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-sky-900/30 p-8 backdrop-blur-[1px]"
    >
      <div className="rounded-xl border-2 border-dashed border-sky-700 bg-white px-10 py-8 text-center shadow-lg dark:bg-slate-900">
        <p className="text-lg font-semibold text-slate-900 dark:text-slate-100">Drop to add articles</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          .txt, .md, .html, .docx or .pdf, several at once; a Crosscheck .json opens as a comparison
        </p>
      </div>
    </div>
  )
}
