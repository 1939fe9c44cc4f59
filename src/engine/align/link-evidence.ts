import type { ClaimLink, LinkReason, WordMatch } from '../types.ts'
import type { ScoredPair } from './group-claims.ts'
import { featureContributions, type MatchModel } from './match-model.ts'
import type { PairEvidence, PairFeatureName } from './pair-features.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** Reasons listed per link: the few features that weighed most. */
const REASONS_PER_LINK = 4
/** Words named in a summary, per list. */
const SUMMARY_WORDS = 6

/**
 * What each feature says of a pair, in plain words, when its value is above (first) or below
 * (second) the typical training pair. Whether that pushed toward a match or away from it is the
 * reason's sign, from the learned weight: a reason reads the same whichever way the model uses it.
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

/** The evidence of one scored link, for the report: words, names, numbers, reasons and a summary line. */
export function describeLink(
  pair: ScoredPair,
  evidence: PairEvidence,
  profiles: readonly SegmentProfile[],
  model: MatchModel,
): ClaimLink {
  const from = profiles[pair.a] as SegmentProfile
  const to = profiles[pair.b] as SegmentProfile
  const words: WordMatch[] = evidence.links.map((link) => ({
    from: from.terms[link.a]?.text ?? '',
    to: to.terms[link.b]?.text ?? '',
    kind: link.kind,
  }))
  const names = evidence.links
    .filter((link) => link.kind === 'same' && (from.terms[link.a]?.name ?? false))
    .map((link) => from.terms[link.a]?.text ?? '')
  const reasons: LinkReason[] = featureContributions(model, evidence.values)
    .slice(0, REASONS_PER_LINK)
    .map((part) => ({
      feature: part.feature,
      logOdds: round(part.contribution),
      text: FEATURE_WORDS[part.feature][part.value >= (model.means[part.feature] ?? 0) ? 0 : 1],
    }))
  return {
    from: from.segment.id,
    to: to.segment.id,
    probability: round(pair.probability),
    words,
    names,
    numbers: evidence.sharedNumbers,
    reasons,
    summary: summariseLink(words, names, evidence.sharedNumbers),
  }
}

/** `both say Kerry, Lavrov, Wednesday; 'met' ≈ 'talks'`: shared names and numbers, then synonyms. */
function summariseLink(
  words: readonly WordMatch[],
  names: readonly string[],
  numbers: readonly string[],
): string {
  const same = words.filter((word) => word.kind === 'same').map((word) => word.from)
  const said = [...names, ...numbers]
  const shared = (said.length > 0 ? said : same).slice(0, SUMMARY_WORDS)
  const parts: string[] = []
  if (shared.length > 0) parts.push(`both say ${shared.join(', ')}`)
  const loose = words
    .filter((word) => word.kind !== 'same')
    .slice(0, SUMMARY_WORDS)
    .map((word) => `'${word.from}' ≈ '${word.to}'`)
  if (loose.length > 0) parts.push(loose.join(', '))
  return parts.length > 0 ? parts.join('; ') : 'no words in common'
}

/** Three decimals: enough for people and for tests, and stable across platforms. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
