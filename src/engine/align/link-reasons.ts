import type { LinkReason } from '../types.ts'
import { featureContributions, type MatchModel } from './match-model.ts'
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts'

/** Reasons listed per link: the few aspects that weighed most. */
const REASONS_PER_LINK = 4

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
 * The aspects a person weighs, each a group of features that measure one thing several ways. The
 * model learns such features jointly, and a collinear one takes a weight of the opposite sign as a
 * correction (bigram Dice against trigram Dice), so one feature read alone can say "− many words
 * match" of a pair the words tie together. An aspect's part is the sum of its features' parts, and
 * its words are those of its main feature (the one that says what the aspect is about), so the
 * text stays true of the pair and the sign is what the aspect as a whole did.
 */
const ASPECTS: ReadonlyArray<{
  features: readonly PairFeatureName[]
  main: (values: Values) => PairFeatureName
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
    features: ['headlineBoth', 'headlineOne', 'leadBoth', 'positionGap', 'singleStatement'],
    main: (values) =>
      (['singleStatement', 'headlineBoth', 'headlineOne', 'leadBoth'] as const).find(
        (feature) => values.get(feature) === 1,
      ) ?? 'positionGap',
  },
]

/** A pair's feature values by name. */
type Values = ReadonlyMap<PairFeatureName, number>

/**
 * Why the model gave a pair its probability: the aspects whose features moved its log-odds most
 * from the typical training pair, largest first, each in words with its net sign.
 */
export function explainLink(model: MatchModel, values: Float64Array): LinkReason[] {
  const byName: Values = new Map(PAIR_FEATURES.map((feature, k) => [feature, values[k] ?? 0]))
  const partOf = new Map(featureContributions(model, values).map((part) => [part.feature, part.contribution]))
  return ASPECTS.map((aspect) => {
    const feature = aspect.main(byName)
    const value = byName.get(feature) ?? 0
    return {
      feature,
      features: aspect.features.filter((name) => partOf.has(name)),
      logOdds: toThousandths(aspect.features.reduce((sum, name) => sum + (partOf.get(name) ?? 0), 0)),
      text: FEATURE_WORDS[feature][value >= (model.means[feature] ?? 0) ? 0 : 1],
    }
  })
    .filter((reason) => reason.logOdds !== 0)
    .sort((x, y) => Math.abs(y.logOdds) - Math.abs(x.logOdds) || x.feature.localeCompare(y.feature))
    .slice(0, REASONS_PER_LINK)
}

/** Three decimals: enough for people and for tests, and stable across platforms. */
export function toThousandths(value: number): number {
  return Math.round(value * 1000) / 1000
}
