import type { LinkReason } from '../types.ts'
import { featureContributions, type MatchModel } from './match-model.ts'
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts'

/** Reasons listed per link: the few aspects that weighed most. */
const REASONS_PER_LINK = 4

/** An aspect whose part is smaller than this, in log-odds (about one point of probability), did not weigh. */
const MIN_REASON_LOG_ODDS = 0.05

/**
 * What a feature says of a pair, in plain words, when its value is above (first) or below (second)
 * the typical training pair; and which way a reader takes the first phrase: `1` toward the same
 * claim (`they are worded much alike`), `-1` against (`their numbers all differ`), `0` either way
 * (`both are headlines`), the second phrase reading the other way. A reason whose sign goes against
 * its words (`+ their wording differs a lot`) is the model correcting one feature by a collinear
 * one, which words cannot explain, so it is not listed (its part stays in the probability). Fixed
 * by meaning, not fitted.
 */
const FEATURE_WORDS: Record<PairFeatureName, [above: string, below: string, reads: -1 | 0 | 1]> = {
  coverMin: ['most words of both have a counterpart', 'many words of one have no counterpart', 1],
  coverMax: ['one is largely contained in the other', 'neither is contained in the other', 1],
  exactCover: ['they share many of the same words', 'few words are the same', 1],
  looseShare: ['many words match only through synonyms', 'words match as written, not through synonyms', 0],
  unalignedMin: ['both say things the other does not', 'one of them adds nothing', -1],
  unalignedMax: ['one says much the other does not', 'neither adds much', -1],
  alignedWeight: ['many words match', 'few words match', 1],
  namesShared: ['they name the same people or places', 'they share few names', 1],
  namesOnly: ['one names people or places the other does not', 'neither names anyone the other does not', -1],
  numbersShared: ['they give the same numbers', 'they share no numbers', 1],
  numbersApart: ['their numbers all differ', 'their numbers do not conflict', -1],
  lengthRatio: ['they are of similar length', 'their lengths differ a lot', 1],
  orderKept: ['matched words come in the same order', 'matched words come in another order', 1],
  bigramDice: ['they share whole phrases', 'they share few phrases', 1],
  negationApart: ['only one is negated', 'negation agrees', -1],
  headlineBoth: ['both are headlines', 'they are not both headlines', 0],
  headlineOne: ['one is a headline, the other body text', 'neither or both are headlines', -1],
  leadBoth: ['both open their articles', 'they do not both open their articles', 1],
  positionGap: [
    'they sit at different places in their articles',
    'they sit at similar places in their articles',
    -1,
  ],
  singleStatement: ['a single statement is compared', 'two articles are compared', 0],
  rareCoverMin: ['the uncommon words of both match', 'uncommon words of one have no counterpart', 1],
  rareCoverMax: [
    'the uncommon words of one recur in the other',
    'neither repeats the uncommon words of the other',
    1,
  ],
  trigramDice: ['they are worded much alike', 'their wording differs a lot', 1],
  wordsMin: ['the shorter one says enough to judge', 'the shorter one is very short', 1],
  wordsMax: ['the longer one is long', 'both are short', 0],
  tfidfCosine: ['they share their distinctive words', 'they share few distinctive words', 1],
  coreCoverMin: ['the story words of both match', 'story words of one have no counterpart', 1],
  coreCoverMax: [
    'the story words of one recur in the other',
    'neither repeats the story words of the other',
    1,
  ],
  occasionApart: ['one speaks of an earlier occasion', 'both speak of the same time', -1],
}

/**
 * The aspects a person weighs, each a group of features that measure one thing several ways. The
 * model learns such features jointly, and a collinear one takes a weight of the opposite sign as a
 * correction (bigram Dice against trigram Dice), so one feature read alone can say "− many words
 * match" of a pair the words tie together. An aspect's part is the sum of its features' parts, and
 * its words are those of its main feature (the one that says what the aspect is about), so the
 * text stays true of the pair and the sign is what the aspect as a whole did.
 */
const ASPECTS: ReadonlyArray<{
  features: readonly PairFeatureName[]
  main: (values: Values, parts: Parts) => PairFeatureName
}> = [
  {
    features: [
      'coverMin',
      'coverMax',
      'exactCover',
      'looseShare',
      'alignedWeight',
      'rareCoverMin',
      'rareCoverMax',
      'tfidfCosine',
      'coreCoverMin',
      'coreCoverMax',
    ],
    main: () => 'coverMin',
  },
  { features: ['trigramDice', 'bigramDice', 'orderKept'], main: () => 'trigramDice' },
  { features: ['unalignedMax', 'unalignedMin', 'lengthRatio'], main: () => 'unalignedMax' },
  { features: ['wordsMin', 'wordsMax'], main: () => 'wordsMin' },
  { features: ['namesShared', 'namesOnly'], main: () => 'namesShared' },
  {
    features: ['numbersApart', 'numbersShared'],
    main: (values) => (values.get('numbersApart') === 1 ? 'numbersApart' : 'numbersShared'),
  },
  { features: ['negationApart'], main: () => 'negationApart' },
  { features: ['occasionApart'], main: () => 'occasionApart' },
  {
    // Placement features measure different things (a headline, the lede, the distance, a single
    // statement), not one thing several ways, so the aspect is worded by the one that moved it most:
    // worded by the distance when the document kind did the work, it read "+ they sit at
    // different places in their articles" of a pair that mostly gained from being two articles.
    features: ['headlineBoth', 'headlineOne', 'leadBoth', 'positionGap'],
    main: (_values, parts) =>
      (['headlineBoth', 'headlineOne', 'leadBoth', 'positionGap'] as const).reduce((largest, feature) =>
        Math.abs(parts.get(feature) ?? 0) > Math.abs(parts.get(largest) ?? 0) ? feature : largest,
      ),
  },
]

/** A pair's feature values by name. */
type Values = ReadonlyMap<PairFeatureName, number>

/** Each feature's part in a pair's log-odds, by name (features with no part are absent). */
type Parts = ReadonlyMap<PairFeatureName, number>

/**
 * Why the model gave a pair its probability: the aspects whose features moved its log-odds most
 * from the typical training pair, largest first, each in words with its net sign; an aspect whose
 * sign goes against its words, or that barely moved the pair, is left out. Whether single
 * statements are compared is no reason: every pair of a comparison shares it.
 */
export function explainLink(model: MatchModel, values: Float64Array): LinkReason[] {
  const byName: Values = new Map(PAIR_FEATURES.map((feature, k) => [feature, values[k] ?? 0]))
  const partOf: Parts = new Map(
    featureContributions(model, values).map((part) => [part.feature, part.contribution]),
  )
  return ASPECTS.flatMap((aspect): LinkReason[] => {
    const feature = aspect.main(byName, partOf)
    const above = (byName.get(feature) ?? 0) >= (model.means[feature] ?? 0)
    const logOdds = toThousandths(aspect.features.reduce((sum, name) => sum + (partOf.get(name) ?? 0), 0))
    const [textAbove, textBelow, readsAbove] = FEATURE_WORDS[feature]
    const reads = above ? readsAbove : -readsAbove
    if (Math.abs(logOdds) < MIN_REASON_LOG_ODDS || (reads !== 0 && Math.sign(logOdds) !== reads)) return []
    const features = aspect.features.filter((name) => partOf.has(name))
    return [{ feature, features, logOdds, text: above ? textAbove : textBelow }]
  })
    .sort((x, y) => Math.abs(y.logOdds) - Math.abs(x.logOdds) || x.feature.localeCompare(y.feature))
    .slice(0, REASONS_PER_LINK)
}

/** Three decimals: enough for people and for tests, and stable across platforms. */
export function toThousandths(value: number): number {
  return Math.round(value * 1000) / 1000
}
