import { documentName, factCellText, type Review } from '../../engine/report-api.ts'

export interface FactTableProps {
  review: Review
  onJump(segmentId: string): void
}

/** What each outlet says, slot by slot; a cell jumps to its sentence. Conflicts and updates are marked. */
export function FactTable({ review, onJump }: FactTableProps) {
  const { documents, factTable } = review.report
  if (!factTable || factTable.length === 0) return <p className="text-sm">No countable facts found.</p>
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Each outlet's value for each fact</caption>
        <thead>
          <tr className="text-left text-xs">
            <th scope="col">Fact</th>
            {documents.map((doc) => (
              <th key={doc.id} scope="col" className="px-1">
                {documentName(doc)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {factTable.map((row) => (
            <tr key={row.label} className="border-t border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {row.label}
                {row.conflict && (
                  <span className="ml-1 text-xs font-semibold text-rose-700 dark:text-rose-300">differs</span>
                )}
                {row.update && (
                  <span className="ml-1 text-xs font-semibold text-sky-800 dark:text-sky-300">updated</span>
                )}
              </th>
              {documents.map((doc) => {
                const cell = row.cells.find((candidate) => candidate.doc === doc.id)
                if (!cell) return <td key={doc.id} className="px-1 text-xs" aria-label="not given" />
                return (
                  <td key={doc.id} className="px-1">
                    <button
                      type="button"
                      onClick={() => onJump(cell.segment)}
                      aria-label={`${row.label}: ${factCellText(cell)} in ${documentName(doc)}; show the sentence`}
                      className="rounded px-1 text-left underline decoration-dotted focus-visible:outline-2 focus-visible:outline-blue-600"
                    >
                      {factCellText(cell)}
                    </button>
                    {cell.published && row.update && (
                      <span className="block text-xs text-slate-600 dark:text-slate-300">
                        {cell.published}
                      </span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
