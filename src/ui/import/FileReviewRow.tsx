import { useId } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { quietButton, textField } from '../workspace/button-styles.ts'
import type { PendingFile } from './use-article-import.ts'

export interface FileReviewRowProps {
  file: PendingFile
  onChange(draft: ArticleDraft): void
  onLeaveOut(): void
}

type FieldKey = 'source' | 'title' | 'published' | 'url'

/** The fields of a row in tab order, each with its label, input type, placeholder and grid span. */
const FIELDS: { key: FieldKey; label: string; type: string; placeholder?: string; wide?: boolean }[] = [
  { key: 'source', label: 'Outlet', type: 'text', placeholder: 'Not found: type it' },
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'published', label: 'Publication date', type: 'date' },
  { key: 'url', label: 'URL', type: 'url', placeholder: 'https://', wide: true },
]

/** One file in the review step: its name and length, and its outlet, title, date and URL to correct. */
export function FileReviewRow({ file, onChange, onLeaveOut }: FileReviewRowProps) {
  const id = useId()
  const { draft } = file
  const words = draft.text.split(/\s+/).filter(Boolean).length
  return (
    <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="max-w-full truncate px-1 text-sm font-semibold" title={file.fileName}>
        {file.fileName}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          {' '}
          · {words.toLocaleString('en')} words
        </span>
      </legend>
      <div className="grid gap-x-3 gap-y-2 sm:grid-cols-[11rem_minmax(0,1fr)_10rem]">
        {FIELDS.map((field) => (
          <label
            key={field.key}
            htmlFor={`${id}-${field.key}`}
            className={`text-xs font-medium text-slate-700 dark:text-slate-300 ${field.wide ? 'sm:col-span-2' : ''}`}
          >
            {field.label}
            <input
              id={`${id}-${field.key}`}
              type={field.type}
              className={textField}
              value={draft[field.key] ?? ''}
              placeholder={field.placeholder}
              onChange={(event) => {
                const value = event.target.value
                onChange({ ...draft, [field.key]: value === '' && field.key !== 'title' ? null : value })
              }}
            />
          </label>
        ))}
        <button
          type="button"
          className={`${quietButton} justify-center self-end`}
          onClick={onLeaveOut}
          aria-label={`Leave out ${file.fileName}`}
        >
          Leave out
        </button>
      </div>
    </fieldset>
  )
}
