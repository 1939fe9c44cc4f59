import type { ComparisonProgress as Progress } from '../use-comparison.ts'

export interface ComparisonProgressProps {
  progress: Progress | null
  onCancel(): void
}

/** A running comparison's progress, with a way to stop it; floats, so re-aligning never shifts the page. */
export function ComparisonProgress({ progress, onCancel }: ComparisonProgressProps) {
  const percent = Math.round((progress?.fraction ?? 0) * 100)
  return (
    <div
      role="status"
      className="fixed bottom-4 left-1/2 z-20 flex -translate-x-1/2 items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <span>
        Comparing… {progress && progress.stage !== 'starting' ? `${progress.stage}, ` : ''}
        {percent}%
      </span>
      <progress
        max={100}
        value={percent}
        aria-label="Comparison progress"
        className="h-2 w-40 accent-blue-700"
      />
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md border border-slate-300 px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600"
      >
        Cancel
      </button>
    </div>
  )
}
