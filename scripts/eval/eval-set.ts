import type { MatchModel } from '../../src/engine/align/match-model.ts'
import type { TrainingSetName } from '../train/labelled-comparisons.ts'
import type { SetOutcome } from './eval-result.ts'

/**
 * One labelled set `npm run eval` measures: how to read its items, which cross-validation fold
 * each belongs to, and how to score a list of items with a given match model.
 */
export interface EvalSet<Item> {
  /** The name `--set` takes and the table shows. */
  name: string
  /** The training set the items come from, when the recipe may learn from it (their train-fold figure means something). */
  trainedAs: TrainingSetName | null
  /** Reads the items, at most `limit` rows (or sub-topics). */
  load: (dir: string, limit?: number) => Item[]
  /** The item's fold, 0..FOLDS-1 (by topic where the set has topics). */
  foldOf: (item: Item, index: number) => number
  /** Scores items, every one compared with `model`. */
  score: (items: readonly Item[], model: MatchModel) => SetOutcome
}
