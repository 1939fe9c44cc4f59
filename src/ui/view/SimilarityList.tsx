import { documentName, type Review } from '../../engine/report-api.ts'

export interface SimilarityListProps {
  review: Review
}

/** How alike each pair of sources is, with the claims they share. */
export function SimilarityList({ review }: SimilarityListProps) {
  const name = (id: string) => {
    const doc = review.report.documents.find((d) => d.id === id)
    return doc ? documentName(doc) : id
  }
  return (
    <ul className="space-y-1 text-sm">
      {review.similarity.map((pair) => (
        <li key={`${pair.a}-${pair.b}`} className="flex items-center gap-2">
          <span className="w-40 shrink-0">
            {name(pair.a)} and {name(pair.b)}
          </span>
          <meter
            min={0}
            max={1}
            value={pair.score}
            aria-label={`Similarity of ${name(pair.a)} and ${name(pair.b)}`}
            className="h-2 w-20"
          />
          <span className="tabular-nums">
            {Math.round(pair.score * 100)}% · {pair.shared} shared, {pair.discrepancies} differ
          </span>
        </li>
      ))}
    </ul>
  )
}
