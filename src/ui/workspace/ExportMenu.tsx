import { useState } from 'react'
import type { ComparisonPayload } from '../../export/comparison-file.ts'
import { quietButton } from './button-styles.ts'
import { Dialog } from './Dialog.tsx'
import { ImportComparisonButton } from './ImportComparisonButton.tsx'
import type { SavedComparison } from './saved-comparison.ts'
import { type ExportFormat, useComparisonExport } from './use-comparison-export.ts'

export interface ExportMenuProps {
  comparison: SavedComparison
  onImport(payload: ComparisonPayload): void
}

const formats: { key: ExportFormat; label: string; hint: string }[] = [
  {
    key: 'json',
    label: 'Comparison (JSON)',
    hint: 'Articles, report and your verdicts; can be imported again.',
  },
  { key: 'md', label: 'Report (Markdown)', hint: 'For notes, wikis and chat.' },
  { key: 'html', label: 'Report (HTML page)', hint: 'One static page that loads nothing from anywhere.' },
  { key: 'csv', label: 'Claims (CSV)', hint: 'One row per passage of each claim, for a spreadsheet.' },
]

/** Export the open comparison (JSON, Markdown, HTML, CSV), print it, or import a JSON export. */
export function ExportMenu({ comparison, onImport }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const { exportAs, error } = useComparisonExport(comparison)

  return (
    <>
      <button type="button" className={quietButton} onClick={() => setOpen(true)}>
        Export
      </button>
      <Dialog title="Export or import" open={open} onClose={() => setOpen(false)}>
        <ul className="space-y-2">
          {formats.map((format) => (
            <li key={format.key} className="flex items-center justify-between gap-3">
              <span className="text-xs text-slate-600 dark:text-slate-400">{format.hint}</span>
              <button
                type="button"
                className={`${quietButton} shrink-0`}
                onClick={() => void exportAs(format.key)}
              >
                {format.label}
              </button>
            </li>
          ))}
          <li className="flex items-center justify-between gap-3">
            <span className="text-xs text-slate-600 dark:text-slate-400">
              The browser’s print dialog saves a PDF.
            </span>
            <button
              type="button"
              className={quietButton}
              onClick={() => {
                setOpen(false)
                setTimeout(() => window.print(), 50)
              }}
            >
              Print or save as PDF
            </button>
          </li>
        </ul>
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
          <ImportComparisonButton
            onImport={(payload) => {
              setOpen(false)
              onImport(payload)
            }}
          />
        </div>
      </Dialog>
    </>
  )
}
