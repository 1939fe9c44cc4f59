import { type MatchModel, matchProbability } from './match-model.ts'
import { PAIR_FEATURES, type PairFeatureName, scoringFeatures, writePlaceFeatures } from './pair-features.ts'
import type { SegmentProfile } from './segment-profile.ts'

/**
 * Near-duplicate segments, scored once. Wire copy carried by many outlets repeats each sentence
 * almost verbatim in every article (ten outlets: nine copies of each sentence), and a lede may be
 * repeated as a caption. Two segments whose profiles read alike in everything the match model's
 * features look at, apart from where they sit, are twins: a pair of twins' word features are the
 * same as those of any other pair of the same twins, so they are computed once per pair of twin
 * classes, and only the few features of place (headline, lede, position, single statement) per pair.
 * Twins are found by hashing each segment's text (the
 * same text, then the same normalised tokens, weights, names, numbers and grams), never by
 * comparing every pair, so finding them is linear. The probabilities are
 * exactly those `pairFeatures` gives: same inputs, same arithmetic, same order.
 */

/**
 * The pair features that depend on where the two segments sit (their role, rank and document
 * size), not on their words. A test checks that moving a segment changes no other feature.
 */
export const PLACE_FEATURES: readonly PairFeatureName[] = [
  'headlineBoth',
  'headlineOne',
  'leadBoth',
  'positionGap',
  'singleStatement',
]

/**
 * The profile fields that say where a segment sits or which one it is; twins may differ in them.
 * Every other field of `SegmentProfile` must agree between twins (`sameContent`; a test lists
 * the fields, so a field added to profiles must be placed here or compared there).
 */
export const PLACE_FIELDS = ['index', 'segment', 'docIndex', 'rank', 'docSize'] as const

/** Probability 0..1 that two profiles (by index) report the same claim. */
export type PairProbability = (a: number, b: number) => number

/**
 * Each profile's twin class (twins share one) and how many profiles each class holds. Twins have
 * the same text (found by hashing it) and read alike in every content field of their profiles.
 */
export function twinClasses(profiles: readonly SegmentProfile[]): { classOf: Int32Array; sizes: number[] } {
  const byText = new Map<string, number[]>()
  const firstOf: SegmentProfile[] = []
  const sizes: number[] = []
  const classOf = new Int32Array(profiles.length)
  profiles.forEach((profile, at) => {
    const known = byText.get(profile.segment.text)
    let id = known?.find((candidate) => sameContent(firstOf[candidate] as SegmentProfile, profile))
    if (id === undefined) {
      id = sizes.length
      firstOf.push(profile)
      sizes.push(0)
      if (known === undefined) byText.set(profile.segment.text, [id])
      else known.push(id)
    }
    sizes[id] = (sizes[id] ?? 0) + 1
    classOf[at] = id
  })
  return { classOf, sizes }
}

/**
 * True when two profiles agree in every field that is not a place field: the words and their
 * weights, names, numbers, negation, occasion and grams. (The maps and first positions follow from these.)
 */
export function sameContent(p: SegmentProfile, q: SegmentProfile): boolean {
  if (p.terms.length !== q.terms.length || p.negated !== q.negated) return false
  if (p.earlierOccasion !== q.earlierOccasion || p.idfNorm !== q.idfNorm || p.totalCore !== q.totalCore)
    return false
  for (let at = 0; at < p.terms.length; at++) {
    const x = p.terms[at] as SegmentProfile['terms'][number]
    const y = q.terms[at] as SegmentProfile['terms'][number]
    if (x.stem !== y.stem || x.text !== y.text || x.weight !== y.weight) return false
    if (x.rarity !== y.rarity || x.name !== y.name || x.idf !== y.idf || x.spread !== y.spread) return false
  }
  return (
    sameList(p.sequence, q.sequence) &&
    sameList(p.trigrams, q.trigrams) &&
    sameList(p.bigrams, q.bigrams) &&
    sameList([...p.facts], [...q.facts]) &&
    sameList([...p.numbers], [...q.numbers]) &&
    sameList([...p.names], [...q.names]) &&
    sameList([...p.nameKeys], [...q.nameKeys])
  )
}

/** True when two lists hold the same values in the same order. */
function sameList<T>(x: ArrayLike<T>, y: ArrayLike<T>): boolean {
  if (x.length !== y.length) return false
  for (let at = 0; at < x.length; at++) if (x[at] !== y[at]) return false
  return true
}

/** The match model's probability for a pair, straight from its features (no twins). */
export function directPairProbability(
  profiles: readonly SegmentProfile[],
  model: MatchModel,
): PairProbability {
  return (a, b) => {
    const [first, second] = canonicalOrder(profiles[a], profiles[b])
    return first && second ? matchProbability(model, scoringFeatures(first, second)) : 0
  }
}

/**
 * The two profiles of a pair in an order that does not depend on the order of the articles: by
 * text, then document, then offset. Word alignment breaks ties from its first side, so a pair
 * scored both ways can differ by a few hundredths, and a comparison must not change when the same
 * articles come in another order.
 */
export function canonicalOrder(
  first: SegmentProfile | undefined,
  second: SegmentProfile | undefined,
): [SegmentProfile | undefined, SegmentProfile | undefined] {
  if (first === undefined || second === undefined) return [first, second]
  const x = first.segment
  const y = second.segment
  const firstGoesFirst =
    x.text !== y.text ? x.text < y.text : x.doc !== y.doc ? x.doc < y.doc : x.start <= y.start
  return firstGoesFirst ? [first, second] : [second, first]
}

/**
 * The match model's probability for a pair, with word features computed once per ordered pair of
 * twin classes: a later pair of the same twins copies them and computes only its place features
 * (from where the two segments sit, `writePlaceFeatures`). Pairs of segments with no
 * twin are scored directly and not kept.
 */
export function twinPairProbability(profiles: readonly SegmentProfile[], model: MatchModel): PairProbability {
  const { classOf, sizes } = twinClasses(profiles)
  const known = new Map<number, Float64Array>()
  return (a, b) => {
    const [first, second] = canonicalOrder(profiles[a], profiles[b])
    if (first === undefined || second === undefined) return 0
    const x = classOf[first.index] ?? 0
    const y = classOf[second.index] ?? 0
    if (sizes[x] === 1 && sizes[y] === 1) return matchProbability(model, scoringFeatures(first, second))
    const key = x * sizes.length + y
    const words = known.get(key)
    if (words === undefined) {
      const values = scoringFeatures(first, second)
      known.set(key, values.slice())
      return matchProbability(model, values)
    }
    twinValues.set(words)
    writePlaceFeatures(first, second, twinValues)
    return matchProbability(model, twinValues)
  }
}

/** A twin pair's features: its twins' word features and its own place features, overwritten by each pair. */
const twinValues = new Float64Array(PAIR_FEATURES.length)
