import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { TRAINING_SETS, type TrainingSetName } from './labelled-comparisons.ts'
import { type PreparedComparison, prepareComparison } from './prepare-comparison.ts'
import { trainMatchModel } from './train-model.ts'

/**
 * The sets the shipped weights learn from, chosen by licence (ADR 0023): ECB+ (annotation CC BY
 * 3.0, texts not copyrighted) and the STS Benchmark news pairs (scores CC BY-SA 4.0). MRPC
 * (non-commercial only) and ClaimDiff (no licence stated) are measured, never learned from.
 */
export const SHIPPED_TRAINING_SETS: readonly TrainingSetName[] = ['ecb', 'stsb']

/** Reads and prepares every comparison of the named sets from the data folder. */
export function prepareTrainingData(dir: string, sets: readonly TrainingSetName[]): PreparedComparison[] {
  return sets.flatMap((set) => TRAINING_SETS[set](dir).map(prepareComparison))
}

/** The recipe on all but one fold: the model a held-out figure of that fold is measured with. */
export function trainWithoutFold(prepared: readonly PreparedComparison[], fold: number): MatchModel {
  return trainMatchModel(prepared.filter((comparison) => comparison.source.fold !== fold))
}
