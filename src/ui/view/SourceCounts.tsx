import { documentName, type Review } from '../../engine/report-api.ts'
import { StatusIcon } from './StatusIcon.tsx'

export interface SourceCountsProps {
  review: Review
}

const columns = ['agreement', 'partial', 'discrepancy', 'unique', 'boilerplate'] as const

/** Per source, how many segments carry each status. */
export function SourceCounts({ review }: SourceCountsProps) {
  return (
    <table className="w-full text-sm tabular-nums">
      <caption className="sr-only">Segments per source, by status</caption>
      <thead>
        <tr className="text-left text-xs">
          <th scope="col">Source</th>
          {columns.map((status) => (
            <th key={status} scope="col" className="text-right">
              <StatusIcon status={status} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {review.report.documents.map((doc) => {
          const counts = review.counts.get(doc.id)
          return (
            <tr key={doc.id}>
              <th scope="row" className="text-left font-medium">
                {documentName(doc)}
              </th>
              {columns.map((status) => (
                <td key={status} className="text-right">
                  {counts?.[status] ?? 0}
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
