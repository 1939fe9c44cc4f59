/**
 * `npm run train`: fits the match model on the labelled data in ../shared/eval (or
 * $CROSSCHECK_EVAL_DIR) by the recipe in `recipe.ts` and writes
 * src/engine/align/match-weights.generated.ts. Deterministic: the same data give the same bytes.
 * The project builds and runs from the committed weights; this is needed only to retrain.
 *
 *   npm run train -- [--data DIR]
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PAIR_FEATURES } from '../../src/engine/align/pair-features.ts'
import { prepareTrainingData, SHIPPED_TRAINING_SETS } from './recipe.ts'
import { trainMatchModel } from './train-model.ts'
import { formatWeightsModule } from './weights-module.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const OUT = resolve(projectRoot, 'src/engine/align/match-weights.generated.ts')

/** Trains and writes the weights; returns the exit code (2 when the data is missing or usage is bad). */
function runTrain(args: string[]): number {
  let dir = process.env.CROSSCHECK_EVAL_DIR ?? resolve(projectRoot, '..', 'shared', 'eval')
  if (args[0] === '--data' && args[1] !== undefined) dir = resolve(args[1])
  else if (args.length > 0) {
    process.stderr.write(`train: unknown option "${args[0]}"; use --data DIR\n`)
    return 2
  }
  if (!existsSync(dir)) {
    process.stderr.write(`train: no training data at ${dir}; pass --data DIR or set CROSSCHECK_EVAL_DIR\n`)
    return 2
  }
  const prepared = prepareTrainingData(dir, SHIPPED_TRAINING_SETS)
  const model = trainMatchModel(prepared)
  const counts = new Map<string, { comparisons: number; pairs: number; positive: number }>()
  for (const comparison of prepared) {
    const count = counts.get(comparison.source.set) ?? { comparisons: 0, pairs: 0, positive: 0 }
    count.comparisons++
    for (const label of comparison.labels) {
      if (label === null) continue
      count.pairs++
      count.positive += label
    }
    counts.set(comparison.source.set, count)
  }
  writeFileSync(OUT, formatWeightsModule(model, counts))
  process.stdout.write(`cut ${model.cut}, bias ${model.bias.toFixed(3)}\n`)
  const ranked = [...PAIR_FEATURES].sort((x, y) => Math.abs(model.weights[y]) - Math.abs(model.weights[x]))
  for (const feature of ranked)
    process.stdout.write(`${feature.padEnd(16)} ${model.weights[feature].toFixed(3)}\n`)
  for (const [set, count] of counts) {
    process.stdout.write(
      `${set}: ${count.comparisons} comparisons, ${count.pairs} judged pairs (${count.positive} same claim)\n`,
    )
  }
  process.stdout.write('wrote src/engine/align/match-weights.generated.ts\n')
  return 0
}

process.exitCode = runTrain(process.argv.slice(2))
