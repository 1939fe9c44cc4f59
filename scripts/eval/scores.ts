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

/**
 * Area under the ROC curve of scored cases: the chance that a gold case scores above a non-gold
 * one, ties counted half (Mann–Whitney U over average ranks). 0.5 when either class is empty.
 */
export function rankAuc(cases: readonly { score: number; gold: boolean }[]): number {
  const sorted = [...cases].sort((p, q) => p.score - q.score)
  let rankSum = 0
  let positives = 0
  for (let start = 0; start < sorted.length; ) {
    let end = start
    while (end < sorted.length && sorted[end]?.score === sorted[start]?.score) end++
    // Ranks start..end-1 (1-based start+1..end) share their mean.
    const meanRank = (start + 1 + end) / 2
    for (let at = start; at < end; at++) {
      if (sorted[at]?.gold) {
        rankSum += meanRank
        positives++
      }
    }
    start = end
  }
  const negatives = sorted.length - positives
  if (positives === 0 || negatives === 0) return 0.5
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
