import { type CoverageCell, documentName, type Review } from '../../engine/report-api.ts'
import { statusStyles } from './status-styles.ts'

export interface CoverageMatrixProps {
  review: Review
  onJump(segmentId: string): void
}

const cellLook: Record<Exclude<CoverageCell, 'absent'>, keyof typeof statusStyles> = {
  agree: 'agreement',
  partial: 'partial',
  differ: 'discrepancy',
}

/** Claims × sources: how each source covers each claim; a cell jumps to its passage. */
export function CoverageMatrix({ review, onJump }: CoverageMatrixProps) {
  const { documents } = review.report
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Coverage of each claim by each source</caption>
        <thead>
          <tr className="text-left text-xs">
            <th scope="col">Claim</th>
            {documents.map((doc) => (
              <th key={doc.id} scope="col" className="px-1 text-center">
                {documentName(doc)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {review.coverage.map((row) => (
            <tr key={row.claim} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="max-w-48 truncate py-1 pr-2 text-left font-normal" title={row.label}>
                {row.label}
              </th>
              {documents.map((doc) => {
                const cell = row.cells[doc.id] ?? 'absent'
                const segment = row.segments[doc.id]
                if (cell === 'absent' || !segment) {
                  return (
                    <td key={doc.id} className="text-center text-xs">
                      absent
                    </td>
                  )
                }
                const style = statusStyles[cellLook[cell]]
                return (
                  <td key={doc.id} className="px-1 text-center">
                    <button
                      type="button"
                      onClick={() => onJump(segment)}
                      aria-label={`${cell}: ${documentName(doc)}, ${row.label}`}
                      className={`w-full rounded border-l-4 px-1 text-xs focus-visible:outline-2 focus-visible:outline-blue-600 ${style.segment}`}
                    >
                      <span aria-hidden="true" className={style.iconClass}>
                        {style.icon}
                      </span>{' '}
                      {cell}
                    </button>
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
