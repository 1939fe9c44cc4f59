/**
 * The exponent k of time ≈ c · size^k: least squares on log(time) against log(size).
 * Returns NaN with fewer than two distinct sizes.
 */
export function fitScalingExponent(points: Array<{ size: number; time: number }>): number {
  const logs = points
    .filter((point) => point.size > 0 && point.time > 0)
    .map((point) => [Math.log(point.size), Math.log(point.time)])
  const n = logs.length
  const meanX = logs.reduce((sum, [x]) => sum + (x ?? 0), 0) / n
  const meanY = logs.reduce((sum, [, y]) => sum + (y ?? 0), 0) / n
  let covariance = 0
  let variance = 0
  for (const [x = 0, y = 0] of logs) {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  }
  return variance === 0 ? Number.NaN : covariance / variance
}
