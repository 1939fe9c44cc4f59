import type { ArticleInput } from '../../engine/index.ts'
import { chipButton } from './button-styles.ts'

export interface ArticleChipProps {
  article: ArticleInput
  position: number
  count: number
  onEdit(): void
  onMove(offset: number): void
  onRemove(): void
}

/** One article in the bar: its column number, outlet and title, with edit, move and remove. */
export function ArticleChip({ article, position, count, onEdit, onMove, onRemove }: ArticleChipProps) {
  const outlet = article.source || 'Unknown outlet'
  const title = article.title || article.id
  const label = `${outlet}: ${title}`
  return (
    <li
      aria-label={label}
      className="flex max-w-xs min-w-0 items-center gap-2 rounded-md border border-slate-200 bg-slate-50 py-1 pr-1 pl-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <span
        aria-hidden="true"
        className="flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-slate-700 text-[11px] font-semibold text-white dark:bg-slate-300 dark:text-slate-900"
      >
        {position + 1}
      </span>
      <span className="min-w-0">
        <span
          dir="auto"
          className="block truncate text-[11px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
          title={outlet}
        >
          {outlet}
        </span>
        <span dir="auto" className="block truncate text-sm" title={title}>
          {title}
        </span>
      </span>
      <span className="ml-auto flex shrink-0 items-center print:hidden">
        <button type="button" className={chipButton} onClick={onEdit} aria-label={`Edit ${label}`}>
          Edit
        </button>
        <button
          type="button"
          className={chipButton}
          onClick={() => onMove(-1)}
          disabled={position === 0}
          aria-label={`Move ${label} left`}
        >
          ←
        </button>
        <button
          type="button"
          className={chipButton}
          onClick={() => onMove(1)}
          disabled={position === count - 1}
          aria-label={`Move ${label} right`}
        >
          →
        </button>
        <button type="button" className={chipButton} onClick={onRemove} aria-label={`Remove ${label}`}>
          ✕
        </button>
      </span>
    </li>
  )
}
