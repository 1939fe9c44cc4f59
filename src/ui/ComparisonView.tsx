import type { ArticleInput } from '../engine/index.ts'
import { ArticleColumn } from './ArticleColumn.tsx'
import { useComparison } from './use-comparison.ts'

export interface ComparisonViewProps {
  articles: ArticleInput[]
}

/** Compares the articles in the worker and draws one column per document. */
export function ComparisonView({ articles }: ComparisonViewProps) {
  const { data, error, isPending } = useComparison(articles)
  if (error) return <p role="alert">The comparison failed: {error.message}</p>
  if (isPending || !data) return <p role="status">Comparing {articles.length} articles…</p>
  const { report } = data
  return (
    <div
      className="grid gap-6"
      style={{ gridTemplateColumns: `repeat(${report.documents.length}, minmax(0, 1fr))` }}
    >
      {report.documents.map((document) => (
        <ArticleColumn
          key={document.id}
          document={document}
          segments={report.segments.filter((segment) => segment.doc === document.id)}
        />
      ))}
    </div>
  )
}
