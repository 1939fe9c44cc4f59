import type { Fact } from '../types.ts'
import { PRONOUNS } from './attribution-facts.ts'

/**
 * Resolves pronoun speakers (`"…," he said`) across the segments of one article, in text order:
 * a quote or attribution whose speaker is a pronoun takes the last named source of an earlier
 * attribution (in the same or a previous segment), and a quote with no speaker at all that opens
 * a segment right after a quoted segment keeps that quote's speaker (a quote running over several
 * paragraphs). Pass the facts of every segment of one article; returns new arrays, inputs untouched.
 */
export function resolveSpeakers(factsPerSegment: readonly (readonly Fact[])[]): Fact[][] {
  let lastNamed: Fact | undefined
  let lastQuoteSpeaker: Fact | undefined
  return factsPerSegment.map((facts) => {
    let quotedHere: Fact | undefined
    const resolved = facts.map((fact) => {
      if (fact.kind !== 'quote' && fact.kind !== 'attribution') return fact
      let next = fact
      if (fact.speaker !== undefined && PRONOUNS.has(fact.speaker) && lastNamed?.speaker !== undefined) {
        next = withSpeaker(fact, lastNamed)
      } else if (fact.kind === 'quote' && fact.speaker === undefined && lastQuoteSpeaker !== undefined) {
        next = withSpeaker(fact, lastQuoteSpeaker)
      }
      if (next.speaker !== undefined && !PRONOUNS.has(next.speaker)) {
        if (next.kind === 'attribution') lastNamed = next
        if (next.kind === 'quote') quotedHere = next
      }
      return next
    })
    lastQuoteSpeaker = quotedHere
    return resolved
  })
}

function withSpeaker(fact: Fact, source: Fact): Fact {
  const next: Fact = { ...fact, speaker: source.speaker ?? fact.speaker ?? '' }
  if (fact.kind === 'attribution') next.key = next.speaker ?? fact.key
  if (source.aliases !== undefined) next.aliases = source.aliases
  return next
}
