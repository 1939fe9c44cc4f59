import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts'

/**
 * The learned pair scorer: a logistic regression over the named pair features, whose output is
 * the probability that two segments report the same claim. Trained by `npm run train`
 * (scripts/train) into `match-weights.generated.ts`; the data it was trained on is recorded there
 * and in ADR 0023.
 */
export interface MatchModel {
  /** Intercept, in log-odds. */
  bias: number
  /** Log-odds per unit of each raw feature value. */
  weights: Readonly<Record<PairFeatureName, number>>
  /** The learned probability cut 0..1: segments join a claim when their average link reaches it. */
  cut: number
  /** Each feature's mean over the training pairs: the typical candidate pair explanations compare with. */
  means: Readonly<Record<PairFeatureName, number>>
  /** When a document may give one claim more than one statement; learned too. Missing: `DEFAULT_RESTATEMENT`. */
  restatement?: RestatementRule
  /**
   * Mean probability at which a segment grouped elsewhere (or nowhere) also joins a claim whose
   * members from other documents it matches (a lede that makes several claims); learned, never
   * below the cut. Missing: a segment makes one claim at most.
   */
  attach?: number
}

/**
 * When one document may give a claim more than one statement (a headline and its lede, a recap):
 * the statements must restate each other, and a document does not repeat itself word for word the
 * way two outlets copying one wire do, so its restatements are judged at a share of the cut.
 */
export interface RestatementRule {
  /** Share 0..1 of the cut that two segments of one document must reach to restate each other. */
  cutShare: number
  /** Most statements one document gives a claim, clause splits aside. */
  maxStatements: number
}

/** The rule of models trained before restatements were learned: restate at the cut, two statements at most. */
export const DEFAULT_RESTATEMENT: RestatementRule = { cutShare: 1, maxStatements: 2 }

/** Each model's weights in `PAIR_FEATURES` order, read once: this runs for every scored pair. */
const weightVectors = new WeakMap<MatchModel, Float64Array>()

/** The model's weights in `PAIR_FEATURES` order. */
function weightVector(model: MatchModel): Float64Array {
  let vector = weightVectors.get(model)
  if (vector === undefined) {
    vector = Float64Array.from(PAIR_FEATURES, (feature) => model.weights[feature] ?? 0)
    weightVectors.set(model, vector)
  }
  return vector
}

/** Log-odds that two segments report the same claim, from their features. */
export function matchLogit(model: MatchModel, values: Float64Array): number {
  const weights = weightVector(model)
  let logit = model.bias
  for (let k = 0; k < weights.length; k++) logit += (weights[k] ?? 0) * (values[k] ?? 0)
  return logit
}

/** Probability 0..1 that two segments report the same claim, from their features. */
export function matchProbability(model: MatchModel, values: Float64Array): number {
  return 1 / (1 + Math.exp(-matchLogit(model, values)))
}

/** One feature's part of a pair's log-odds, against the typical training pair. */
export interface FeatureContribution {
  /** The feature. */
  feature: PairFeatureName
  /** Its value for this pair. */
  value: number
  /** weight × (value − training mean), in log-odds: positive pushes toward "same claim". */
  contribution: number
}

/**
 * The features of a pair by the size of their part in its log-odds, largest first, each measured
 * from the typical training pair (the usual way to read a linear model: Štrumbelj & Kononenko
 * 2014), so a feature that every pair has much of does not look decisive.
 */
export function featureContributions(model: MatchModel, values: Float64Array): FeatureContribution[] {
  return PAIR_FEATURES.map((feature, k) => ({
    feature,
    value: values[k] ?? 0,
    contribution: (model.weights[feature] ?? 0) * ((values[k] ?? 0) - (model.means[feature] ?? 0)),
  }))
    .filter((part) => part.contribution !== 0)
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.feature.localeCompare(y.feature))
}
