import { PRONOUNS } from '../facts/attribution-facts.ts'
import { isPartyStateKey } from '../facts/name-keys.ts'
import { sameName, sameQuoteWords, sameSpeaker } from '../facts/same-fact-value.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, namesParty, wordsOf } from './claim-side.ts'
import { type FactConflict, looksAlike } from './fact-conflicts.ts'

/**
 * Attribution conflicts when both sides give the same quote (`sameQuoteWords`) to different
 * speakers, each named on its own side (a speaker resolved from `he said` elsewhere in the article
 * does not count) and neither named anywhere on the other side: `Kerry urged "…", Kirby said`
 * and `Kirby said Kerry urged "…"` name both men on both sides, so nothing is flagged there.
 */
export function attributionConflicts(a: ClaimSide, b: ClaimSide): FactConflict[] {
  const named = (fact: Fact) =>
    fact.kind === 'quote' && fact.speaker !== undefined && !PRONOUNS.has(fact.speaker)
  for (const x of a.facts.filter(named)) {
    const y = b.facts.find(
      (fact) =>
        named(fact) &&
        sameQuoteWords(x.key, fact.key) &&
        !sameSpeaker(x, fact) &&
        !shareNameWord(x.speaker ?? '', fact.speaker ?? '') &&
        !oneIsDescribed(x.speaker ?? '', fact.speaker ?? '') &&
        namesTitle(a, x) === namesTitle(b, fact) &&
        namesParty(a, speakerOf(x)) &&
        namesParty(b, speakerOf(fact)) &&
        !namesParty(b, speakerOf(x)) &&
        !namesParty(a, speakerOf(fact)),
    )
    if (y && !speaksForOffice(a, x, b, y)) {
      return [{ kind: 'attribution', a: speakerFact(a, x), b: speakerFact(b, y) }]
    }
  }
  return []
}

/**
 * True when two speakers are one party written two ways: the same surname in any spelling
 * (`Neal R. Sonnett`/`Neal Sonnett`, `Timothy Muris`/`Tim Muris`, `Schooff`/`Blair Schoof`), or a
 * one-word name that is a word of the other (`Thaksin`, `Fed`/`Federal Open Market Committee`).
 * `John Kirby`/`John Toner` share only a first name: two people.
 */
function shareNameWord(x: string, y: string): boolean {
  const wordsX = wordsOf(x)
  const wordsY = wordsOf(y)
  const alike = (p: string | undefined, q: string | undefined) =>
    p !== undefined && q !== undefined && looksAlike([p], [q])
  if (alike(wordsX[wordsX.length - 1], wordsY[wordsY.length - 1])) return true
  const [single, other] =
    wordsX.length === 1 ? [wordsX[0], wordsY] : wordsY.length === 1 ? [wordsY[0], wordsX] : []
  return other?.some((word) => alike(single, word)) ?? false
}

/**
 * True when one speaker is named and the other only described by party and state (`Lieberman`,
 * `the Connecticut Democrat`): the description may well be the named person, so nothing is shown.
 * Two descriptions (`the Connecticut Democrat`, `the Texas Republican`) are compared as names.
 */
function oneIsDescribed(x: string, y: string): boolean {
  return isPartyStateKey(x) !== isPartyStateKey(y)
}

/**
 * Titles a place or body before them makes a description (`the Alaska Governor`, `the Iranian
 * foreign minister`); not `spokesman` or `chief`, whose name before them is someone else's (`Palin
 * spokesman Bill McAllister`).
 */
const TITLE =
  /^\s+(?:governor|president|prime minister|premier|minister|foreign minister|secretary|senator|mayor|ambassador|king|queen)\b/i

/**
 * True when the side writes the speaker right before a title (`the Alaska Governor said`): the
 * speaker is a role described by its place, who may well be the person the other side names
 * (FLAGS-GUIDE: Kerry / the Secretary of State), so it is a rival only of another described role.
 */
function namesTitle(side: ClaimSide, quote: Fact): boolean {
  const speaker = quote.speaker ?? ''
  if (speaker === '') return false
  return side.segments.some((segment) => {
    const text = segment.text.toLowerCase()
    for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1))
      if (TITLE.test(text.slice(at + speaker.length))) return true
    return false
  })
}

/** Words naming an office that a spokesperson speaks for. */
const OFFICE =
  /\b(?:department|ministry|office|agency|council|committee|commission|government|embassy|police|house|court|campaign|company)\b/
/** Words introducing someone who speaks for an office. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|representative|press secretary|aide)\b/i

/**
 * True when one side credits an office (`the State Department said`) and the other a spokesperson
 * (`his spokesman John Kirby said`): the spokesperson speaks for the office, so this is no conflict.
 */
function speaksForOffice(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const text = (side: ClaimSide) => side.segments.map((segment) => segment.text).join(' ')
  const office = (quote: Fact) => OFFICE.test(quote.speaker ?? '')
  return (office(x) && SPOKESPERSON.test(text(b))) || (office(y) && SPOKESPERSON.test(text(a)))
}

/** A quote's speaker as a name to look for. */
function speakerOf(quote: Fact): Pick<Fact, 'key' | 'aliases'> {
  return { key: quote.speaker ?? '', aliases: quote.aliases }
}

/** The speaker as written (`John Kirby`) where the side names them, else the quote's speaker key. */
function speakerFact(side: ClaimSide, quote: Fact): Fact {
  const speaker = { key: quote.speaker ?? '', aliases: quote.aliases }
  const name = side.facts.find((fact) => fact.kind === 'name' && sameName(fact, speaker))
  return name ? { ...name, kind: 'attribution' } : { ...quote, kind: 'attribution', text: speaker.key }
}
