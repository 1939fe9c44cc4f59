import { useDeferredValue, useMemo } from 'react'
import { type ArticleInput, type Overrides, reviewReport } from '../../engine/report-api.ts'
import { useComparison } from '../use-comparison.ts'
import { ComparisonProgress } from './ComparisonProgress.tsx'
import { SplitView } from './SplitView.tsx'

export interface ComparisonViewProps {
  articles: ArticleInput[]
  overrides: Overrides
  onOverridesChange(next: Overrides): void
  threshold: number
  onThresholdChange(value: number): void
}

/** Compares the articles in the worker and shows the result in the split view. */
export function ComparisonView({ articles, threshold, ...props }: ComparisonViewProps) {
  const options = useMemo(() => ({ threshold }), [threshold])
  const comparison = useComparison(articles, options)
  // Query results arrive through useSyncExternalStore, which renders synchronously; deferring the
  // value renders a new report in a transition that yields to the browser between components.
  const result = useDeferredValue(comparison.data)
  const review = useMemo(
    () => (result ? reviewReport(result.report, props.overrides, result.quotes) : null),
    [result, props.overrides],
  )
  const running = comparison.fetchStatus === 'fetching'
  return (
    <div className="flex flex-col gap-3">
      {running && <ComparisonProgress progress={comparison.progress} onCancel={comparison.cancel} />}
      {comparison.error && (
        <p role="alert" className="text-sm text-rose-800 dark:text-rose-200">
          The comparison failed: {comparison.error.message}{' '}
          <button type="button" className="underline" onClick={() => comparison.refetch()}>
            Try again
          </button>
        </p>
      )}
      {!running && !review && !comparison.error && (
        <p role="status" className="text-sm">
          Comparison stopped.{' '}
          <button type="button" className="underline" onClick={() => comparison.refetch()}>
            Compare again
          </button>
        </p>
      )}
      {review?.report.shortcuts && review.report.shortcuts.length > 0 && (
        <p
          role="note"
          className="rounded-md bg-amber-100 px-3 py-1.5 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50"
        >
          Approximate result: {review.report.shortcuts.map((shortcut) => shortcut.detail).join('; ')}
        </p>
      )}
      {review && <SplitView review={review} threshold={threshold} {...props} />}
    </div>
  )
}
