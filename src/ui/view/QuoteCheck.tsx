import { documentName, type QuoteCheckRow, type Review } from '../../engine/report-api.ts'
import { linkButton } from './summary-styles.ts'

export interface QuoteCheckProps {
  review: Review
  onJump(segmentId: string): void
}

const verdicts: Record<QuoteCheckRow['verdict'], string> = {
  differs: 'Worded differently',
  same: 'Quoted alike',
  distinct: 'Different quotes',
  mixed: 'Quoted by one source, paraphrased by another',
  single: 'Quoted by one source only',
}

const renderings = { paraphrased: 'reported without a direct quote', absent: 'not reported' }

/** Each direct quote and how each source renders it. */
export function QuoteCheck({ review, onJump }: QuoteCheckProps) {
  if (review.quotes.length === 0) return <p className="text-sm">No direct quotes found.</p>
  return (
    <ol className="space-y-3 text-sm">
      {review.quotes.map((row) => (
        <li key={row.segment} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <button type="button" className={`${linkButton} font-medium`} onClick={() => onJump(row.segment)}>
            {verdicts[row.verdict]}
          </button>
          {row.speaker && (
            <span className="ml-2 text-xs">
              said by <span className="capitalize">{row.speaker}</span>
            </span>
          )}
          <dl className="mt-1 space-y-1">
            {review.report.documents.map((doc) => {
              const rendering = row.renderings[doc.id] ?? 'absent'
              return (
                <div key={doc.id}>
                  <dt className="text-xs font-semibold tracking-wide uppercase">{documentName(doc)}</dt>
                  <dd>
                    {rendering === 'quoted'
                      ? (row.quotes[doc.id] ?? []).map((quote) => <q key={quote}>{quote}</q>)
                      : renderings[rendering]}
                  </dd>
                </div>
              )
            })}
          </dl>
        </li>
      ))}
    </ol>
  )
}
