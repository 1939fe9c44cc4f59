import type { ImportNotice } from './use-article-import.ts'

export interface ImportNoticesProps {
  notices: ImportNotice[]
  pending: number
  onDismiss(id: number): void
}

/** What happened to the last imports: files still being read, and each one that failed and why. */
export function ImportNotices({ notices, pending, onDismiss }: ImportNoticesProps) {
  return (
    <div className="print:hidden">
      <p role="status" className={pending > 0 ? 'text-sm text-slate-700 dark:text-slate-300' : 'sr-only'}>
        {pending > 0 ? `Reading ${pending} ${pending === 1 ? 'file' : 'files'}…` : ''}
      </p>
      {notices.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <ul aria-label="Import problems" className="divide-y divide-amber-200 dark:divide-amber-800">
            {notices.map((notice) => (
              <li key={notice.id} className="py-1">
                <div role="alert" className="flex items-start justify-between gap-3">
                  <span>{notice.message}</span>
                  <button
                    type="button"
                    onClick={() => onDismiss(notice.id)}
                    className="shrink-0 rounded px-1.5 hover:bg-amber-100 dark:hover:bg-amber-900"
                    aria-label={`Dismiss: ${notice.message}`}
                  >
                    ✕
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {notices.length > 1 && (
            <button
              type="button"
              className="mt-1 text-xs font-medium underline"
              onClick={() => {
                for (const notice of notices) onDismiss(notice.id)
              }}
            >
              Dismiss all
            </button>
          )}
        </div>
      )}
    </div>
  )
}
