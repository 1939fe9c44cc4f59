/** Counts of one binary decision: true positives, false positives, false negatives. */
export interface BinaryCounts {
  /** Predicted and gold. */
  tp: number
  /** Predicted, not gold. */
  fp: number
  /** Gold, not predicted. */
  fn: number
}

/** Precision, recall and F1 of a binary decision, each 0..1. */
export interface BinaryScores {
  /** tp / (tp + fp). */
  precision: number
  /** tp / (tp + fn). */
  recall: number
  /** Harmonic mean of precision and recall. */
  f1: number
}

/** A fresh set of counts. */
export function emptyCounts(): BinaryCounts {
  return { tp: 0, fp: 0, fn: 0 }
}

/** Adds one decision to the counts. */
export function countDecision(counts: BinaryCounts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) counts.tp++
  else if (predicted) counts.fp++
  else if (gold) counts.fn++
}

/** Precision, recall and F1; a ratio with nothing to divide by counts as 0, never NaN. */
export function scoreCounts(counts: BinaryCounts): BinaryScores {
  const precision = ratio(counts.tp, counts.tp + counts.fp)
  const recall = ratio(counts.tp, counts.tp + counts.fn)
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) }
}

/** a / b, or 0 when b is 0. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}
