/** A fitted logistic regression on raw (unstandardised) feature values. */
export interface LogisticFit {
  /** Intercept, in log-odds. */
  bias: number
  /** One weight per feature, in log-odds per unit of the raw feature. */
  weights: number[]
}

/** Options of a fit. */
export interface LogisticOptions {
  /** L2 penalty on the standardised weights (not the bias); larger shrinks them more. */
  l2: number
  /** Newton steps; the fit stops earlier once the largest change is below 1e-8. */
  iterations?: number
  /** Per-example weights (default 1 each), e.g. to balance datasets of different sizes. */
  sampleWeights?: readonly number[]
}

/**
 * Fits P(y = 1 | x) = σ(bias + w·x) by Newton's method (iteratively reweighted least squares) with
 * an L2 penalty, on standardised features so one penalty suits every feature; the weights returned
 * apply to raw values. Deterministic: the same examples in the same order give the same bytes.
 */
export function fitLogistic(
  rows: readonly Float64Array[],
  labels: readonly number[],
  options: LogisticOptions,
): LogisticFit {
  const width = rows[0]?.length ?? 0
  const mean = new Float64Array(width)
  const scale = new Float64Array(width)
  for (const row of rows)
    for (let k = 0; k < width; k++) mean[k] = (mean[k] ?? 0) + (row[k] ?? 0) / rows.length
  for (const row of rows) {
    for (let k = 0; k < width; k++)
      scale[k] = (scale[k] ?? 0) + ((row[k] ?? 0) - (mean[k] ?? 0)) ** 2 / rows.length
  }
  for (let k = 0; k < width; k++) scale[k] = Math.sqrt(scale[k] ?? 0) || 1
  const standard = rows.map((row) => {
    const z = new Float64Array(width + 1)
    z[0] = 1
    for (let k = 0; k < width; k++) z[k + 1] = ((row[k] ?? 0) - (mean[k] ?? 0)) / (scale[k] ?? 1)
    return z
  })
  const size = width + 1
  let beta = new Float64Array(size)
  for (let step = 0; step < (options.iterations ?? 50); step++) {
    const gradient = new Float64Array(size)
    const hessian = Array.from({ length: size }, () => new Float64Array(size))
    standard.forEach((z, index) => {
      const weight = options.sampleWeights?.[index] ?? 1
      const p = sigmoid(dot(beta, z))
      const residual = ((labels[index] ?? 0) - p) * weight
      const curvature = p * (1 - p) * weight
      for (let i = 0; i < size; i++) {
        gradient[i] = (gradient[i] ?? 0) + residual * (z[i] ?? 0)
        const row = hessian[i] as Float64Array
        for (let j = 0; j <= i; j++) row[j] = (row[j] ?? 0) + curvature * (z[i] ?? 0) * (z[j] ?? 0)
      }
    })
    for (let i = 1; i < size; i++) {
      gradient[i] = (gradient[i] ?? 0) - options.l2 * (beta[i] ?? 0)
      const row = hessian[i] as Float64Array
      row[i] = (row[i] ?? 0) + options.l2
    }
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) (hessian[i] as Float64Array)[j] = hessian[j]?.[i] ?? 0
    const delta = solve(hessian, gradient)
    beta = beta.map((value, i) => value + (delta[i] ?? 0))
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break
  }
  const weights = Array.from({ length: width }, (_, k) => (beta[k + 1] ?? 0) / (scale[k] ?? 1))
  const bias = (beta[0] ?? 0) - weights.reduce((sum, weight, k) => sum + weight * (mean[k] ?? 0), 0)
  return { bias, weights }
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0
  for (let k = 0; k < a.length; k++) sum += (a[k] ?? 0) * (b[k] ?? 0)
  return sum
}

/** Solves the symmetric positive-definite system A x = b by Gaussian elimination with partial pivoting. */
function solve(matrix: Float64Array[], vector: Float64Array): Float64Array {
  const n = vector.length
  const a: Float64Array[] = matrix.map((row) => Float64Array.from(row))
  const b = Float64Array.from(vector)
  for (let column = 0; column < n; column++) {
    let pivot = column
    for (let row = column + 1; row < n; row++) {
      if (Math.abs(a[row]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = row
    }
    const swapped = a[pivot] as Float64Array
    a[pivot] = a[column] as Float64Array
    a[column] = swapped
    ;[b[column], b[pivot]] = [b[pivot] ?? 0, b[column] ?? 0]
    const head = a[column] as Float64Array
    const diagonal = head[column] || 1e-12
    for (let row = column + 1; row < n; row++) {
      const target = a[row] as Float64Array
      const factor = (target[column] ?? 0) / diagonal
      if (factor === 0) continue
      for (let k = column; k < n; k++) target[k] = (target[k] ?? 0) - factor * (head[k] ?? 0)
      b[row] = (b[row] ?? 0) - factor * (b[column] ?? 0)
    }
  }
  const x = new Float64Array(n)
  for (let row = n - 1; row >= 0; row--) {
    const line = a[row] as Float64Array
    let sum = b[row] ?? 0
    for (let k = row + 1; k < n; k++) sum -= (line[k] ?? 0) * (x[k] ?? 0)
    x[row] = sum / (line[row] || 1e-12)
  }
  return x
}
