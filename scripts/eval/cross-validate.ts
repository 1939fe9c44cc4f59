import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { TrainingSetName } from '../train/labelled-comparisons.ts'
import type { EvalSet } from './eval-set.ts'

/** One metric across folds. */
export interface FoldedMetric {
  /** Mean over the folds of the held-out figure (each fold's items, measured with the model that never saw that fold). */
  mean: number
  /** Standard deviation of the held-out figure across folds. */
  sd: number
  /** Mean over the folds of the figure on the items each model was trained on; null when the recipe does not learn from this set. */
  train: number | null
  /** The held-out figure of each fold; NaN for a fold that held no item the metric counts (left out of mean and sd). */
  folds: number[]
}

/** A set's cross-validated outcome. */
export interface CrossValidated {
  /** The set's name. */
  set: string
  /** Items measured. */
  items: number
  /** Wall-clock seconds. */
  seconds: number
  /** Metric name → its figures across folds. */
  metrics: Record<string, FoldedMetric>
  /** Each fold's held-out detail (counts, confusion matrices, misses). */
  detail: Record<string, unknown>[]
}

/**
 * Measures a set by cross-validation: fold k's items are compared with `models[k]`, trained
 * without fold k, so no figure comes from data its weights, cut or rules were fitted on. When the
 * recipe learns from this set, each model is also scored on the folds it was trained on, so that
 * over-fitting shows as the gap between the two figures.
 */
export function crossValidate<Item>(
  set: EvalSet<Item>,
  items: readonly Item[],
  models: readonly MatchModel[],
  recipe: readonly TrainingSetName[],
): CrossValidated {
  const started = performance.now()
  const foldOf = items.map((item, index) => set.foldOf(item, index))
  const heldOut = models.map((model, fold) =>
    set.score(
      items.filter((_, at) => foldOf[at] === fold),
      model,
    ),
  )
  const learnt = set.trainedAs !== null && recipe.includes(set.trainedAs)
  const trained = learnt
    ? models.map((model, fold) =>
        set.score(
          items.filter((_, at) => foldOf[at] !== fold),
          model,
        ),
      )
    : null
  const metrics: Record<string, FoldedMetric> = {}
  for (const name of Object.keys(heldOut[0]?.metrics ?? {})) {
    const folds = heldOut.map((outcome) => outcome.metrics[name] ?? Number.NaN)
    const measured = folds.filter(Number.isFinite)
    const mean = average(measured)
    const sd = Math.sqrt(
      measured.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, measured.length - 1),
    )
    const train =
      trained === null
        ? null
        : average(trained.map((outcome) => outcome.metrics[name] ?? Number.NaN).filter(Number.isFinite))
    metrics[name] = { mean, sd, train, folds }
  }
  return {
    set: set.name,
    items: items.length,
    seconds: (performance.now() - started) / 1000,
    metrics,
    detail: heldOut.map((outcome) => outcome.detail),
  }
}

/** Mean of the values, NaN when there are none. */
function average(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length
}
