import type { ArticleInput } from '../../engine/report-api.ts'
import { chipButton } from './button-styles.ts'

export interface ArticleChipProps {
  article: ArticleInput
  position: number
  count: number
  /** Extra classes for the chip, such as hiding it while the bar is collapsed. */
  className?: string
  onEdit(): void
  onMove(offset: number): void
  onRemove(): void
}

/**
 * One article in the bar, on one line: its column number and outlet (its title when the outlet is
 * unknown), cut short, with edit, move and remove; the full outlet and title are its label and tooltip.
 */
export function ArticleChip({ article, position, count, className = '', ...actions }: ArticleChipProps) {
  const { onEdit, onMove, onRemove } = actions
  const outlet = article.source || 'Unknown outlet'
  const title = article.title || article.id
  const label = `${outlet}: ${title}`
  return (
    <li
      aria-label={label}
      className={`flex max-w-60 min-w-0 items-center gap-1.5 rounded-md border border-slate-200 bg-slate-50 py-0.5 pr-0.5 pl-1.5 dark:border-slate-700 dark:bg-slate-900 ${className}`}
    >
      <span
        aria-hidden="true"
        className="flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-slate-700 text-[11px] font-semibold text-white dark:bg-slate-300 dark:text-slate-900"
      >
        {position + 1}
      </span>
      <span dir="auto" className="min-w-0 flex-1 truncate text-sm font-medium" title={label}>
        {article.source || title}
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
