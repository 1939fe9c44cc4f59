import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * The part of an event or the rate a number is scoped to, read from its own clause: `68 punches
 * thrown during the round`, `20 points in the first half`, `$23 million a year`. A whole and one
 * of its parts (the fight and one round, a contract and one year of it) are two scopes
 * (FLAGS-GUIDE: "the same scope"), so such a number is a rival only of one with the same scope.
 */

/** Parts a sports event or a contest is played in; a game or match is the whole, not a part. */
const PART = '(?:round|half|halves|quarter|period|inning|innings|lap)s?'

/** Spans of time a rate is counted per. */
const RATE = '(?:game|match|round|season|year|month|week|day|hour|minute)'

/** A part named with a determiner or a number (`during the round`, `in the first half`, `in round 4`). */
const PART_SCOPE = new RegExp(
  String.raw`\b(?:in|during|over|for|through)\s+(?:(?:the|that|this|each|every|one|a|his|her|its|their)\s+)?(?:(?:\p{L}+|\d+(?:st|nd|rd|th))\s+)?${PART}\b(?:\s+\d+)?`,
  'u',
)

/** A rate (`per game`, `a year`, `an hour`) or a yearly or average value (`annual`, `average`). */
const RATE_SCOPE = new RegExp(
  String.raw`\b(?:(?:per|a|an|each)\s+${RATE}\b|annual|annually|average|yearly)`,
  'u',
)

/** A span at the start or end of the event (`in the first 7 ½ minutes`, `over the last three days`). */
const EDGE_SPAN =
  /\b(?:in|during|over|within|for)\s+(?:the\s+)?(?:first|last|final|opening|closing)\s+(?:[\d½¼¾.\s]+|\p{L}+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|games?|matches?)\b/u

/** `first` or `last` right before the number: it counts the first or last few of a series (`his first 17 passes`). */
const EDGE_COUNT = /\b(first|opening|initial|last|final)\s+$/u

/** How far (in characters) from the number its clause is read, each way. */
const CLAUSE_REACH = 60

/** The number's own clause: the text around it up to punctuation, lower-cased. */
function clauseAround(side: ClaimSide, fact: Fact): { before: string; after: string } | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const text = segment.text.toLowerCase()
  const at = fact.start - segment.start
  const end = fact.end - segment.start
  const before =
    text
      .slice(Math.max(0, at - CLAUSE_REACH), at)
      .split(/[,;:.()"“”]/)
      .at(-1) ?? ''
  const after = text.slice(end, end + CLAUSE_REACH).split(/[,;:.()"“”]|\bwhile\b|\bbut\b/)[0] ?? ''
  return { before, after }
}

/**
 * The part or rate a number is scoped to (`during the round`, `a year`), normalised, or undefined
 * for a whole. A rate is read right around the number (`a $23 million average annual value`); a
 * part anywhere in its clause. The first or last few of a series (`after completing his first 17
 * passes`) and a span at an edge of the event (`10 points in the first 7 ½ minutes`) are parts too.
 */
export function partScopeOf(side: ClaimSide, fact: Fact): string | undefined {
  const clause = clauseAround(side, fact)
  if (clause === undefined) return undefined
  const edgeCount = EDGE_COUNT.exec(clause.before)?.[1]
  if (edgeCount !== undefined)
    return /last|final/.test(edgeCount) ? 'the last of a series' : 'the first of a series'
  const edge = EDGE_SPAN.exec(clause.after) ?? EDGE_SPAN.exec(clause.before)
  if (edge) return edge[0].replace(/^\S+\s+(?:the\s+)?/, '').replace(/[\d½¼¾.\s]+(?=\S+$)/u, ' ')
  const part = PART_SCOPE.exec(clause.after) ?? PART_SCOPE.exec(clause.before)
  if (part) return part[0].replace(/^\S+\s+(?:(?:the|that|this|each|every|his|her|its|their)\s+)?/, '')
  const near = `${clause.before.split(/\s+/).slice(-3).join(' ')} # ${clause.after.split(/\s+/).slice(0, 5).join(' ')}`
  const rate = RATE_SCOPE.exec(near)
  return rate ? 'rate' : undefined
}

/**
 * True when two numbers are scoped to different parts of their event, or one to a part and the
 * other to the whole: `369 punches thrown` in the fight is not `68 punches thrown during the round`.
 */
export function twoPartScopes(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  return partScopeOf(a, x) !== partScopeOf(b, y)
}
