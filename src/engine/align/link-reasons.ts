import type { LinkReason } from '../types.ts'
import { featureContributions, type MatchModel } from './match-model.ts'
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts'

/** Reasons listed per link: the few aspects that weighed most. */
const REASONS_PER_LINK = 4

/** An aspect whose part is smaller than this, in log-odds (about one point of probability), did not weigh. */
const MIN_REASON_LOG_ODDS = 0.05

/**
 * What a feature says of a pair, in plain words, when its value is above (first) or below (second)
 * the typical training pair.
 */
const FEATURE_WORDS: Record<PairFeatureName, [string, string]> = {
  coverMin: ['most words of both have a counterpart', 'many words of one have no counterpart'],
  coverMax: ['one is largely contained in the other', 'neither is contained in the other'],
  exactCover: ['they share many of the same words', 'few words are the same'],
  looseShare: ['many words match only through synonyms', 'words match as written, not through synonyms'],
  unalignedMin: ['both say things the other does not', 'one of them adds nothing'],
  unalignedMax: ['one says much the other does not', 'neither adds much'],
  alignedWeight: ['many words match', 'few words match'],
  namesShared: ['they name the same people or places', 'they share few names'],
  namesOnly: ['one names people or places the other does not', 'neither names anyone the other does not'],
  numbersShared: ['they give the same numbers', 'they share no numbers'],
  numbersApart: ['their numbers all differ', 'their numbers do not conflict'],
  lengthRatio: ['they are of similar length', 'their lengths differ a lot'],
  orderKept: ['matched words come in the same order', 'matched words come in another order'],
  bigramDice: ['they share whole phrases', 'they share few phrases'],
  negationApart: ['only one is negated', 'negation agrees'],
  headlineBoth: ['both are headlines', 'they are not both headlines'],
  headlineOne: ['one is a headline, the other body text', 'neither or both are headlines'],
  leadBoth: ['both open their articles', 'they do not both open their articles'],
  positionGap: [
    'they sit at different places in their articles',
    'they sit at similar places in their articles',
  ],
  singleStatement: ['a single statement is compared', 'two articles are compared'],
  rareCoverMin: ['the uncommon words of both match', 'uncommon words of one have no counterpart'],
  rareCoverMax: [
    'the uncommon words of one recur in the other',
    'neither repeats the uncommon words of the other',
  ],
  trigramDice: ['they are worded much alike', 'their wording differs a lot'],
  wordsMin: ['the shorter one says enough to judge', 'the shorter one is very short'],
  wordsMax: ['the longer one is long', 'both are short'],
}

/**
 * Which way a reader takes each feature's first phrase (its value above the typical pair): `1`
 * toward the same claim (`they are worded much alike`), `-1` against (`their numbers all differ`),
 * `0` either way (`both are headlines`). Its second phrase reads the other way. A reason whose sign
 * goes against its words (`+ their wording differs a lot`) is the model correcting one feature by a
 * collinear one, which words cannot explain, so it is not listed (its part stays in the probability).
 * Fixed by meaning, not fitted.
 */
const READS_AS: Record<PairFeatureName, -1 | 0 | 1> = {
  coverMin: 1,
  coverMax: 1,
  exactCover: 1,
  looseShare: 0,
  unalignedMin: -1,
  unalignedMax: -1,
  alignedWeight: 1,
  namesShared: 1,
  namesOnly: -1,
  numbersShared: 1,
  numbersApart: -1,
  lengthRatio: 1,
  orderKept: 1,
  bigramDice: 1,
  negationApart: -1,
  headlineBoth: 0,
  headlineOne: -1,
  leadBoth: 1,
  positionGap: -1,
  singleStatement: 0,
  rareCoverMin: 1,
  rareCoverMax: 1,
  trigramDice: 1,
  wordsMin: 1,
  wordsMax: 0,
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
  return ASPECTS.map((aspect) => {
    const feature = aspect.main(byName, partOf)
    const above = (byName.get(feature) ?? 0) >= (model.means[feature] ?? 0)
    const logOdds = toThousandths(aspect.features.reduce((sum, name) => sum + (partOf.get(name) ?? 0), 0))
    const reads = READS_AS[feature] * (above ? 1 : -1)
    return {
      reason: {
        feature,
        features: aspect.features.filter((name) => partOf.has(name)),
        logOdds,
        text: FEATURE_WORDS[feature][above ? 0 : 1],
      },
      agrees: reads === 0 || Math.sign(logOdds) === reads,
    }
  })
    .filter(({ reason, agrees }) => Math.abs(reason.logOdds) >= MIN_REASON_LOG_ODDS && agrees)
    .map(({ reason }) => reason)
    .sort((x, y) => Math.abs(y.logOdds) - Math.abs(x.logOdds) || x.feature.localeCompare(y.feature))
    .slice(0, REASONS_PER_LINK)
}

/** Three decimals: enough for people and for tests, and stable across platforms. */
export function toThousandths(value: number): number {
  return Math.round(value * 1000) / 1000
}
