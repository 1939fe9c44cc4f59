import type { DocumentCounts, ReportDocument } from '../../engine/report-api.ts'
import { statusStyles } from './status-styles.ts'

export interface ColumnHeaderProps {
  document: ReportDocument
  counts: DocumentCounts | undefined
  /** The article shares no claim with the others. */
  isolated?: boolean
}

const shown = ['agreement', 'partial', 'discrepancy', 'unique'] as const
const words: Record<(typeof shown)[number], [string, string]> = {
  agreement: ['agreement', 'agreements'],
  partial: ['partial', 'partial'],
  discrepancy: ['discrepancy', 'discrepancies'],
  unique: ['unique', 'unique'],
}

/** Outlet, title, date, the document's counts by status, and a warning when it shares no claim. */
export function ColumnHeader({ document, counts, isolated }: ColumnHeaderProps) {
  return (
    <header className="border-b border-slate-200 px-3 pt-2 pb-2 dark:border-slate-700">
      <p className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        {document.source ?? 'Unknown outlet'}
        {document.published && (
          <time className="ml-2 font-normal normal-case" dateTime={document.published}>
            {document.published}
          </time>
        )}
      </p>
      <h2 id={`title-${document.id}`} dir="auto" className="text-base leading-snug font-semibold">
        {document.title}
      </h2>
      {isolated && (
        <p className="mt-1 text-xs text-amber-900 dark:text-amber-200">
          <span aria-hidden="true">⚠ </span>Shares no claim with the other articles: is it about the same
          story?
        </p>
      )}
      {counts && (
        <ul
          aria-label={`Counts for ${document.source ?? document.title}`}
          className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs"
        >
          {shown.map((status) => (
            <li key={status} className="flex items-center gap-1">
              <span aria-hidden="true" className={statusStyles[status].iconClass}>
                {statusStyles[status].icon}
              </span>
              <span>
                {counts[status]} {words[status][counts[status] === 1 ? 0 : 1]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </header>
  )
}
