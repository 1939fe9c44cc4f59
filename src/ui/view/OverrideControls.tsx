import type { OverrideVerdict } from '../../engine/report-api.ts'

export interface OverrideControlsProps {
  /** The verdict a person gave this claim, if any. */
  current: OverrideVerdict | undefined
  onChange(verdict: OverrideVerdict | null): void
}

export const verdictLabels: Record<OverrideVerdict, string> = {
  confirmed: 'Confirm',
  'not-same': 'Not the same claim',
  discrepancy: 'Mark as discrepancy',
  agreement: 'Mark as agreement',
}

/** Buttons for a person's verdict on a claim; the current one is pressed and can be cleared. */
export function OverrideControls({ current, onChange }: OverrideControlsProps) {
  const verdicts = Object.keys(verdictLabels) as OverrideVerdict[]
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-semibold">Your review</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {verdicts.map((verdict) => (
          <button
            key={verdict}
            type="button"
            aria-pressed={current === verdict}
            onClick={() => onChange(current === verdict ? null : verdict)}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-blue-300 dark:aria-pressed:bg-blue-300 dark:aria-pressed:text-slate-950"
          >
            {verdictLabels[verdict]}
          </button>
        ))}
        {current && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="rounded-md px-2.5 py-1 text-sm underline focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            Clear review
          </button>
        )}
      </div>
    </fieldset>
  )
}
