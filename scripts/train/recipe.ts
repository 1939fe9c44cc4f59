import type { MatchModel } from '../../src/engine/align/match-model.ts'
import { TRAINING_SETS, type TrainingSetName } from './labelled-comparisons.ts'
import { type PreparedComparison, prepareComparison } from './prepare-comparison.ts'
import { trainMatchModel } from './train-model.ts'

/**
 * The sets the shipped weights learn from (ADR 0023): the claim labels made by reading on ECB+'s
 * texts (annotated sentences and whole clusters: what a reader calls the same claim) and the STS
 * Benchmark news pairs (scores CC BY-SA 4.0). ECB+'s own event pairs say two sentences mention
 * the same events, not that they report one claim, so they are measured for reference only; MRPC
 * (non-commercial only) and ClaimDiff (argument stance, no licence stated) likewise.
 */
export const SHIPPED_TRAINING_SETS: readonly TrainingSetName[] = ['claims', 'claimsWhole', 'stsb']

/** Reads and prepares every comparison of the named sets from the data folder. */
export function prepareTrainingData(dir: string, sets: readonly TrainingSetName[]): PreparedComparison[] {
  return sets.flatMap((set) => TRAINING_SETS[set](dir).map(prepareComparison))
}

/** The recipe on all but one fold: the model a held-out figure of that fold is measured with. */
export function trainWithoutFold(prepared: readonly PreparedComparison[], fold: number): MatchModel {
  return trainMatchModel(prepared.filter((comparison) => comparison.source.fold !== fold))
}
