import { useRef } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { primaryButton, quietButton } from '../workspace/button-styles.ts'
import { Dialog } from '../workspace/Dialog.tsx'
import { FileReviewRow } from './FileReviewRow.tsx'
import type { PendingFile } from './use-article-import.ts'

export interface FilesReviewDialogProps {
  files: PendingFile[]
  onEdit(key: number, draft: ArticleDraft): void
  onLeaveOut(key: number): void
  onAddAll(): void
  onCancel(): void
}

/**
 * The review step for dropped or picked files: one row per file with its outlet, title, date and
 * URL as read from the file, all editable, then one "Add all". Open while any file waits.
 */
export function FilesReviewDialog({ files, onEdit, onLeaveOut, onAddAll, onCancel }: FilesReviewDialogProps) {
  const form = useRef<HTMLFormElement>(null)
  const count = files.length
  const leaveOut = (key: number, index: number) => {
    onLeaveOut(key)
    // Keep the keyboard where it was: on the next row's first field, else on "Add all".
    requestAnimationFrame(() => {
      const rows = form.current?.querySelectorAll('fieldset')
      const next = rows?.[Math.min(index, rows.length - 1)]?.querySelector('input')
      ;(next ?? form.current?.querySelector<HTMLElement>('button[type="submit"]'))?.focus()
    })
  }
  return (
    <Dialog
      title={count === 1 ? 'Check the new article' : `Check ${count} new articles`}
      open={count > 0}
      onClose={onCancel}
      wide
    >
      <form
        ref={form}
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault()
          onAddAll()
        }}
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Outlet, title and date were read from each file's name and text. Correct what is wrong, then add
          them.
        </p>
        <ol aria-label="Files to add" className="space-y-3">
          {files.map((file, index) => (
            <li key={file.key}>
              <FileReviewRow
                file={file}
                onChange={(draft) => onEdit(file.key, draft)}
                onLeaveOut={() => leaveOut(file.key, index)}
              />
            </li>
          ))}
        </ol>
        <div className="sticky -bottom-4 -mx-5 -mb-4 flex justify-end gap-2 border-t border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
          <button type="button" className={quietButton} onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={primaryButton}>
            {count === 1 ? 'Add to comparison' : `Add all ${count}`}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
