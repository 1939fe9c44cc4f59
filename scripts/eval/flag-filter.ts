/**
 * Measures a learned precision-first filter over the engine's discrepancy flags (issue 21): a
 * logistic regression (scripts/train/fit-logistic.ts) over the flag features of flag-features.ts,
 * fitted on the judged flags of flag-judgements.json (flag-examples.ts), that would drop a flag
 * below a probability cut. Every figure labelled held-out comes from a model and a cut that never
 * saw its flags: folds keep an ECB+ topic together (folds.ts); inside the training folds the L2
 * penalty is chosen by inner cross-validated log-loss and the cut by the inner held-out
 * probabilities, for F0.5 or for precision >= 0.9 (`--cut f05|p90`). The cleanest figure trains on
 * every group but heldOut5 (judged on an engine before flags5, never used to shape a rule) and
 * tests on heldOut5. Not shipped: it does not pay (ADR 0030, "A learned flag filter, measured").
 *
 *   npx tsx scripts/eval/flag-filter.ts [--data DIR] [--cut f05|p90]
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fitLogistic, type LogisticFit, sigmoid } from '../train/fit-logistic.ts'
import { type FlagExample, flagExamples } from './flag-examples.ts'
import { FLAG_FEATURES } from './flag-features.ts'
import { evalDataDir } from './flag-precision.ts'
import { FOLDS, foldOfTopic } from './folds.ts'

// L2 penalties tried inside the training folds.
const PENALTIES = [0.3, 1, 3, 10, 30]
// The precision a `p90` cut must reach on the inner held-out probabilities.
const TARGET_PRECISION = 0.9

/** How the cut is chosen on the training folds. */
type CutRule = 'f05' | 'p90'

/** A flag's held-out probability of being right, with its label and the cut its model chose. */
interface Scored {
  p: number
  cut: number
  example: FlagExample
}

/** A fitted filter: the model, its cut and the penalty chosen. */
interface Filter {
  fit: LogisticFit
  cut: number
  l2: number
}

/** Probability 0..1 that a flag is right. */
function probability(fit: LogisticFit, example: FlagExample): number {
  return sigmoid(fit.weights.reduce((sum, weight, k) => sum + weight * (example.features[k] ?? 0), fit.bias))
}

/** Fits a filter on the examples: penalty and cut chosen by cross-validation inside them. */
function fitFilter(examples: readonly FlagExample[], rule: CutRule): Filter {
  const folds = [...new Set(examples.map((example) => foldOfTopic(example.topic)))]
  let best = { l2: PENALTIES[0] as number, loss: Number.POSITIVE_INFINITY, scored: [] as Scored[] }
  for (const l2 of PENALTIES) {
    const scored: Scored[] = []
    let loss = 0
    for (const fold of folds) {
      const fit = fitOn(
        examples.filter((example) => foldOfTopic(example.topic) !== fold),
        l2,
      )
      for (const example of examples.filter((one) => foldOfTopic(one.topic) === fold)) {
        const p = probability(fit, example)
        scored.push({ p, cut: 0, example })
        loss -= Math.log(example.label === 1 ? p : 1 - p)
      }
    }
    if (loss < best.loss) best = { l2, loss, scored }
  }
  return { fit: fitOn(examples, best.l2), cut: chooseCut(best.scored, rule), l2: best.l2 }
}

/** A logistic fit of the examples' labels on their features. */
function fitOn(examples: readonly FlagExample[], l2: number): LogisticFit {
  return fitLogistic(
    examples.map((example) => Float64Array.from(example.features)),
    examples.map((example) => example.label),
    { l2 },
  )
}

/** The cut that maximises F0.5 of right flags, or recall at precision >= 0.9, over the scored flags. */
function chooseCut(scored: readonly Scored[], rule: CutRule): number {
  let best = 0
  let bestScore = Number.NEGATIVE_INFINITY
  for (const cut of [0, ...new Set(scored.map((one) => one.p))].sort((x, y) => x - y)) {
    const { precision, recall } = measure(scored.map((one) => ({ ...one, cut })))
    const score =
      rule === 'p90'
        ? precision >= TARGET_PRECISION
          ? recall
          : precision - 1
        : precision + recall === 0
          ? 0
          : (1.25 * precision * recall) / (0.25 * precision + recall)
    if (score > bestScore) {
      bestScore = score
      best = cut
    }
  }
  return best
}

/** Precision and recall of right flags among the flags at or above their cut. */
function measure(scored: readonly Scored[]): {
  kept: number
  rightKept: number
  right: number
  precision: number
  recall: number
} {
  const kept = scored.filter((one) => one.p >= one.cut)
  const rightKept = kept.filter((one) => one.example.label === 1).length
  const right = scored.filter((one) => one.example.label === 1).length
  return {
    kept: kept.length,
    rightKept,
    right,
    precision: kept.length === 0 ? 0 : rightKept / kept.length,
    recall: right === 0 ? 0 : rightKept / right,
  }
}

/** One line of figures: flags kept, right flags kept, precision against the unfiltered base, recall. */
function describe(label: string, scored: readonly Scored[]): string {
  const { kept, rightKept, right, precision, recall } = measure(scored)
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`
  return `  ${label}: kept ${kept} of ${scored.length} flags, ${rightKept} of ${right} right ones; precision ${percent(precision)} (unfiltered ${percent(right / Math.max(1, scored.length))}), recall ${percent(recall)}`
}

/** The filter's figures, as lines of text. */
export function measureFlagFilter(dir: string, rule: CutRule): string {
  const { examples } = flagExamples(dir)
  const lines = [
    `Learned flag filter, cut for ${rule === 'p90' ? 'precision >= 0.9' : 'F0.5'} inside training folds:`,
  ]
  const heldOut: Scored[] = []
  const trained: Scored[] = []
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((example) => foldOfTopic(example.topic) !== fold)
    const filter = fitFilter(train, rule)
    lines.push(`  fold ${fold}: l2 ${filter.l2}, cut ${filter.cut.toFixed(3)}`)
    for (const example of examples) {
      const scored = { p: probability(filter.fit, example), cut: filter.cut, example }
      if (foldOfTopic(example.topic) === fold) heldOut.push(scored)
      else trained.push(scored)
    }
  }
  lines.push(
    describe('held-out, all judged flags, 5 topic folds', heldOut),
    describe(
      'held-out, flags the current engine raises',
      heldOut.filter((one) => one.example.current),
    ),
    describe('training (each fold model on its own training folds, pooled)', trained),
  )
  const rest = examples.filter((example) => example.group !== 'heldOut5')
  const filter = fitFilter(rest, rule)
  const fifth = examples
    .filter((example) => example.group === 'heldOut5')
    .map((example) => ({ p: probability(filter.fit, example), cut: filter.cut, example }))
  lines.push(
    `  trained on every group but heldOut5 (l2 ${filter.l2}, cut ${filter.cut.toFixed(3)}):`,
    describe('held-out heldOut5, all judged flags', fifth),
    describe(
      'held-out heldOut5, flags the current engine raises',
      fifth.filter((one) => one.example.current),
    ),
    describe(
      'training, the other groups',
      rest.map((example) => ({ p: probability(filter.fit, example), cut: filter.cut, example })),
    ),
  )
  const whole = fitFilter(examples, rule)
  lines.push(`  weights of the model fitted on all ${examples.length} flags, per standard deviation:`)
  for (const [k, name] of FLAG_FEATURES.entries()) {
    const column = examples.map((example) => example.features[k] ?? 0)
    const mean = column.reduce((sum, value) => sum + value, 0) / column.length
    const sd = Math.sqrt(column.reduce((sum, value) => sum + (value - mean) ** 2, 0) / column.length)
    lines.push(`    ${name.padEnd(22)} ${((whole.fit.weights[k] ?? 0) * sd).toFixed(2)}`)
  }
  return `${lines.join('\n')}\n`
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rule: CutRule = process.argv.includes('p90') ? 'p90' : 'f05'
  process.stdout.write(measureFlagFilter(evalDataDir(process.argv), rule))
}
