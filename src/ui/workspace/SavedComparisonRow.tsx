import { useId, useState } from 'react'
import { chipButton, textField } from './button-styles.ts'
import type { SavedComparisonSummary } from './saved-comparison.ts'

export interface SavedComparisonRowProps {
  summary: SavedComparisonSummary
  isOpen: boolean
  onOpen(): void
  onRename(name: string): void
  onDuplicate(): void
  onDelete(): void
}

// Built on first use, not as the module loads: a date format loads its locale's data, 25-55 ms on a
// cold page, which at load ran inside the app's first task, before the demo could be shown.
let dateFormat: Intl.DateTimeFormat | null = null

/** When a comparison was last saved, as `7 Dec 2026, 21:04`. */
function formatSavedAt(time: number): string {
  dateFormat ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  return dateFormat.format(time)
}

/** One saved comparison in the list: open it, rename it in place, duplicate or delete it. */
export function SavedComparisonRow(props: SavedComparisonRowProps) {
  const { summary, isOpen, onOpen, onRename, onDuplicate, onDelete } = props
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(summary.name)
  const id = useId()
  const actions: [string, () => void][] = [
    ['Rename', () => setRenaming(true)],
    ['Duplicate', onDuplicate],
    ['Delete', onDelete],
  ]
  return (
    <li aria-label={summary.name} className="flex items-center gap-2 py-2">
      {renaming ? (
        <form
          className="flex flex-1 items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            if (name.trim() !== '') onRename(name.trim())
            setRenaming(false)
          }}
        >
          <label htmlFor={id} className="sr-only">
            New name for {summary.name}
          </label>
          <input
            id={id}
            className={`${textField} mt-0`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className={chipButton}>
            Save name
          </button>
        </form>
      ) : (
        <button
          type="button"
          onClick={onOpen}
          aria-current={isOpen ? 'true' : undefined}
          className="min-w-0 flex-1 rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          <span className="block truncate text-sm font-medium">
            {summary.name}
            {isOpen && <span className="ml-2 text-xs font-normal text-sky-700 dark:text-sky-400">open</span>}
          </span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {summary.articleCount} {summary.articleCount === 1 ? 'article' : 'articles'} · changed{' '}
            {formatSavedAt(summary.updatedAt)}
          </span>
        </button>
      )}
      {!renaming && (
        <span className="flex shrink-0 gap-1">
          {actions.map(([label, run]) => (
            <button
              key={label}
              type="button"
              className={chipButton}
              onClick={run}
              aria-label={`${label} ${summary.name}`}
            >
              {label}
            </button>
          ))}
        </span>
      )}
    </li>
  )
}
