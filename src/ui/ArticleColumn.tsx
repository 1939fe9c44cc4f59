import type { ReportDocument, Segment } from '../engine/index.ts'

export interface ArticleColumnProps {
  document: ReportDocument
  segments: Segment[]
}

/** One article: its outlet and title, then its segments in text order. */
export function ArticleColumn({ document, segments }: ArticleColumnProps) {
  return (
    <article aria-labelledby={`title-${document.id}`} className="min-w-0">
      <header className="mb-3 border-b border-slate-200 pb-2 dark:border-slate-800">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          {document.source ?? 'Unknown outlet'}
        </p>
        <h2 id={`title-${document.id}`} className="text-base font-semibold">
          {document.title}
        </h2>
      </header>
      <div className="space-y-2 text-sm leading-relaxed">
        {segments.map((segment) => (
          <p key={segment.id} data-segment-id={segment.id} data-status={segment.role}>
            {segment.text}
          </p>
        ))}
      </div>
    </article>
  )
}
