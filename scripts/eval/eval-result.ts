/** One dataset's outcome: named figures for the table, and anything else worth keeping in the JSON. */
export interface EvalResult {
  /** The dataset's short name (`mrpc`, `claimdiff`, `ists`, `ecb`). */
  set: string
  /** How many rows (pairs or sub-topics) were compared. */
  items: number
  /** Wall-clock seconds for the whole set. */
  seconds: number
  /** Metric name → value; shares and scores are 0..1. */
  metrics: Record<string, number>
  /** Counts, confusion matrices and other detail for `reports/eval.json`. */
  detail: Record<string, unknown>
}

/** What one dataset's evaluator returns; the runner times it. */
export type SetOutcome = Omit<EvalResult, 'seconds'>
