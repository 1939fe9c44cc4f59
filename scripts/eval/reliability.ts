/** One probability the match model gave a pair, and whether the gold says the pair is one claim. */
export interface Forecast {
  /** The model's probability 0..1 that the two report the same claim. */
  probability: number
  /** True when the gold says they do. */
  gold: boolean
}

/** The forecasts whose probability fell in one bin. */
export interface ReliabilityBin {
  /** Lower edge of the bin, 0..1 (inclusive). */
  from: number
  /** Upper edge, 0..1 (exclusive, but 1 itself falls in the last bin). */
  to: number
  /** Forecasts in the bin. */
  count: number
  /** Their mean probability: what the model said. */
  meanProbability: number
  /** Share 0..1 of them the gold calls one claim: what happened. */
  observed: number
}

/** How well a model's probabilities match how often it is right. */
export interface Reliability {
  /** Forecasts measured. */
  count: number
  /**
   * Expected calibration error 0..1 (Naeini, Cooper & Hauskrecht 2015; Guo et al. 2017): the gap
   * between mean probability and observed share in each bin, weighted by the bin's forecasts.
   * 0 is perfectly calibrated.
   */
  ece: number
  /** Brier score 0..1 (Brier 1950): mean squared gap between probability and outcome; lower is better. */
  brier: number
  /** The reliability diagram's bins, equal-width, lowest first; empty bins have count 0. */
  bins: ReliabilityBin[]
}

/** Equal-width probability bins of the reliability diagram. */
export const RELIABILITY_BINS = 10

/**
 * Measures calibration: bins the forecasts by probability and compares, in each bin, the mean
 * probability with the share the gold calls one claim. A calibrated "70 %" is right 7 times in 10.
 */
export function measureReliability(forecasts: readonly Forecast[], binCount = RELIABILITY_BINS): Reliability {
  const counts = new Float64Array(binCount)
  const probabilities = new Float64Array(binCount)
  const hits = new Float64Array(binCount)
  let squared = 0
  for (const { probability, gold } of forecasts) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(probability * binCount)))
    counts[bin] = (counts[bin] ?? 0) + 1
    probabilities[bin] = (probabilities[bin] ?? 0) + probability
    if (gold) hits[bin] = (hits[bin] ?? 0) + 1
    squared += (probability - (gold ? 1 : 0)) ** 2
  }
  return summarise(counts, probabilities, hits, squared, forecasts.length)
}

/** Pools reliabilities measured on separate folds into one, as if their forecasts had been measured together. */
export function poolReliability(parts: readonly Reliability[]): Reliability {
  const binCount = parts[0]?.bins.length ?? RELIABILITY_BINS
  const counts = new Float64Array(binCount)
  const probabilities = new Float64Array(binCount)
  const hits = new Float64Array(binCount)
  let squared = 0
  let total = 0
  for (const part of parts) {
    part.bins.forEach((bin, at) => {
      counts[at] = (counts[at] ?? 0) + bin.count
      probabilities[at] = (probabilities[at] ?? 0) + bin.meanProbability * bin.count
      hits[at] = (hits[at] ?? 0) + bin.observed * bin.count
    })
    squared += part.brier * part.count
    total += part.count
  }
  return summarise(counts, probabilities, hits, squared, total)
}

/** Bins, ECE and Brier from per-bin sums. */
function summarise(
  counts: Float64Array,
  probabilities: Float64Array,
  hits: Float64Array,
  squared: number,
  total: number,
): Reliability {
  const binCount = counts.length
  let gap = 0
  const bins: ReliabilityBin[] = []
  for (let at = 0; at < binCount; at++) {
    const count = counts[at] ?? 0
    const meanProbability = count === 0 ? 0 : (probabilities[at] ?? 0) / count
    const observed = count === 0 ? 0 : (hits[at] ?? 0) / count
    gap += count * Math.abs(meanProbability - observed)
    bins.push({ from: at / binCount, to: (at + 1) / binCount, count, meanProbability, observed })
  }
  return {
    count: total,
    ece: total === 0 ? 0 : gap / total,
    brier: total === 0 ? 0 : squared / total,
    bins,
  }
}
