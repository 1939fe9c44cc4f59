import { sameFactValue, sameUnit } from '../facts/same-fact-value.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, memoBySide, slotOf } from './claim-side.ts'

/** The kinds whose values a sentence may repeat, one occurrence of which an edit may change. */
const REPEATABLE = new Set<Fact['kind']>(['name', 'number'])

/**
 * Occurrences of a value one segment says more often than any one segment of the other side does
 * (`from Huntsville, Texas, to Beaumont, Texas` against `from Huntsville, Ohio, to Beaumont,
 * Texas`). The value is repeated on the other side, so it is matched there as a value, but the
 * occurrences left over have no counterpart: they are unmatched like a value the other side lacks.
 * Which occurrences are left over is decided by their neighbouring words, so `Huntsville, Texas`
 * is the one left to meet `Huntsville, Ohio`. Only within one segment: a figure a headline and its
 * body both give is one value said twice, not two.
 */
export function occurrencesLeftOver(side: ClaimSide, other: ClaimSide, kind: Fact['kind']): Fact[] {
  if (!REPEATABLE.has(kind)) return []
  const leftOver: Fact[] = []
  for (const occurrences of repeatedValues(side, kind)) {
    const counterparts = mostInOneSegment(other, occurrences[0] as Fact)
    if (counterparts.length === 0 || counterparts.length >= occurrences.length) continue
    leftOver.push(...unpaired(occurrences, side, counterparts, other))
  }
  return leftOver
}

/**
 * The side's values of one kind that one segment says twice or more: each value's occurrences in
 * that segment, in text order, values in the order of their first occurrence, segments in order.
 * Found once per side and kind: every pair of sides asks again.
 */
const repeatedValues = memoBySide((side: ClaimSide, kind: Fact['kind']): Fact[][] => {
  const repeated: Fact[][] = []
  for (const segment of side.segments) {
    const own = side.facts.filter(
      (fact) => fact.kind === kind && segment.start <= fact.start && fact.end <= segment.end,
    )
    const grouped = new Set<Fact>()
    for (const fact of own) {
      if (grouped.has(fact)) continue
      const occurrences = own.filter((candidate) => sameValue(fact, candidate))
      for (const occurrence of occurrences) grouped.add(occurrence)
      if (occurrences.length >= 2) repeated.push(occurrences)
    }
  }
  return repeated
})

/** Same value, and for numbers the same counted thing. */
function sameValue(x: Fact, y: Fact): boolean {
  return x.kind === y.kind && sameFactValue(x, y) && (x.kind !== 'number' || sameUnit(x, y))
}

/** The other side's occurrences of the value, in the one segment that says it most often. */
function mostInOneSegment(other: ClaimSide, fact: Fact): Fact[] {
  let most: Fact[] = []
  for (const segment of other.segments) {
    const found = other.facts.filter(
      (candidate) =>
        segment.start <= candidate.start && candidate.end <= segment.end && sameValue(fact, candidate),
    )
    if (found.length > most.length) most = found
  }
  return most
}

/**
 * The occurrences no counterpart takes: each counterpart first takes an occurrence in its own
 * slot (the same word before or after), then, if none is left there, the last one still free.
 * Each fact's neighbouring words are read once: a line of thousands of repeated figures made
 * comparing every counterpart with every occurrence rescan the line's tokens each time.
 */
function unpaired(occurrences: Fact[], side: ClaimSide, counterparts: Fact[], other: ClaimSide): Fact[] {
  const free = occurrences.map((occurrence) => ({ occurrence, slot: slotOf(side, occurrence) }))
  let waiting = 0
  for (const counterpart of counterparts) {
    const [before, after] = slotOf(other, counterpart)
    const inSlot = free.findIndex(
      ({ slot }) => (slot[0] !== '' && slot[0] === before) || (slot[1] !== '' && slot[1] === after),
    )
    if (inSlot >= 0) free.splice(inSlot, 1)
    else waiting++
  }
  free.splice(free.length - waiting, waiting)
  return free.map(({ occurrence }) => occurrence)
}
