import { documentName, type ReportDocument } from '../../engine/report-api.ts'
import { IsolatedMark } from './IsolatedMark.tsx'

export interface ColumnChooserProps {
  documents: ReportDocument[]
  /** The ids of the documents shown as columns. */
  shown: string[]
  isolated: string[]
  onShow(doc: string): void
}

/** When not every article fits side by side: how many show, and one button per article left out that brings it in. */
export function ColumnChooser({ documents, shown, isolated, onShow }: ColumnChooserProps) {
  const hidden = documents.filter((doc) => !shown.includes(doc.id))
  if (hidden.length === 0) return null
  return (
    <section
      aria-label="Side by side"
      className="mb-2 flex flex-wrap items-center gap-1.5 text-sm print:hidden"
    >
      <span className="text-slate-700 dark:text-slate-300">
        {shown.length} of {documents.length} side by side. Show instead:
      </span>
      {hidden.map((doc) => (
        <button
          key={doc.id}
          type="button"
          onClick={() => onShow(doc.id)}
          // The outlet alone does not tell two of its articles apart: the label names the title too.
          aria-label={
            doc.source && doc.title
              ? `${doc.source}: ${doc.title}${isolated.includes(doc.id) ? ' (shares no claim with the others)' : ''}`
              : undefined
          }
          className="max-w-48 truncate rounded-md border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          {documentName(doc)}
          {isolated.includes(doc.id) && <IsolatedMark />}
        </button>
      ))}
    </section>
  )
}
