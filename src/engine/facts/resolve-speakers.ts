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
  return speakersFromClosingSegment(speakersInTextOrder(factsPerSegment))
}

/** The forward pass of `resolveSpeakers`: pronouns and continuing quotes take an earlier speaker. */
function speakersInTextOrder(factsPerSegment: readonly (readonly Fact[])[]): Fact[][] {
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

/**
 * A quote a segment opens and leaves open (`"The earthquake was really strong, and people poured
 * into the streets.`) runs on into the next, which closes it and names the speaker there (`My
 * husband rushed off," said Sara Sadeqi`): news puts the attribution of a quote of several
 * sentences after its first sentence or at its end. Such a quote with no speaker of its own takes
 * the speaker of the quote that closes it.
 */
function speakersFromClosingSegment(factsPerSegment: Fact[][]): Fact[][] {
  return factsPerSegment.map((facts, k) => {
    const closing = factsPerSegment[k + 1]?.find((fact) => fact.kind === 'quote')
    if (closing?.speaker === undefined || PRONOUNS.has(closing.speaker) || !closesOnly(closing.text))
      return facts
    return facts.map((fact) =>
      fact.kind === 'quote' && fact.speaker === undefined && opensOnly(fact.text)
        ? withSpeaker(fact, closing)
        : fact,
    )
  })
}

// Quotation marks that open and close a quote; a straight double mark does both.
const OPENING = /^["“]/
const CLOSING = /["”][^"“”]*$/

/** True when a quote's text opens with a quotation mark and never closes it. */
function opensOnly(text: string): boolean {
  return OPENING.test(text) && !CLOSING.test(text.slice(1))
}

/** True when a quote's text closes a quotation mark it did not open. */
function closesOnly(text: string): boolean {
  return !OPENING.test(text) && CLOSING.test(text)
}

function withSpeaker(fact: Fact, source: Fact): Fact {
  const next: Fact = { ...fact, speaker: source.speaker ?? fact.speaker ?? '' }
  if (fact.kind === 'attribution') next.key = next.speaker ?? fact.key
  if (source.aliases !== undefined) next.aliases = source.aliases
  return next
}
