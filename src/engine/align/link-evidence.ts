import type { ClaimLink, WordMatch } from '../types.ts'
import type { ScoredPair } from './group-claims.ts'
import { explainLink, toThousandths } from './link-reasons.ts'
import type { MatchModel } from './match-model.ts'
import type { PairEvidence } from './pair-features.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** Words named in a summary. */
const SUMMARY_WORDS = 6

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
  return {
    from: from.segment.id,
    to: to.segment.id,
    probability: toThousandths(pair.probability),
    words,
    names,
    numbers: evidence.sharedNumbers,
    reasons: explainLink(model, evidence.values),
    summary: summariseLink(words, names, evidence.sharedNumbers),
  }
}

/**
 * `both say Kerry, Lavrov, Wednesday, talks; 'met' ≈ 'talks'`: shared names and numbers first (the
 * facts a reader checks), then other words said alike, then synonyms.
 */
function summariseLink(
  words: readonly WordMatch[],
  names: readonly string[],
  numbers: readonly string[],
): string {
  const named = new Set(names)
  const others = words
    .filter((word) => word.kind === 'same' && !named.has(word.from))
    .map((word) => word.from)
  const shared = [...new Set([...names, ...numbers, ...others])].slice(0, SUMMARY_WORDS)
  const parts: string[] = []
  if (shared.length > 0) parts.push(`both say ${shared.join(', ')}`)
  const loose = words
    .filter((word) => word.kind !== 'same')
    .slice(0, SUMMARY_WORDS)
    .map((word) => `'${word.from}' ≈ '${word.to}'`)
  if (loose.length > 0) parts.push(loose.join(', '))
  return parts.length > 0 ? parts.join('; ') : 'no words in common'
}
