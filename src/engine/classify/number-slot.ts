import { SCALES } from '../facts/number-words.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, memoBySide, sameWord, segmentOf } from './claim-side.ts'

/**
 * A number's slot: what it counts or measures, read from the words around it. Two numbers are
 * compared only within one slot (FLAGS-GUIDE: "the same slot, scope and occasion"): `11 Yemeni
 * pirates` is not `23 pirates`, an `88-72` score is not `eight losses`, a `38-year-old` suspect is
 * not a `47-year-old` victim, a cumulative `so far` total is not one operation's haul.
 */
export interface NumberSlot {
  /** Words written between the number and its counted noun (`other`, `Yemeni`), as stems. */
  qualifiers: string[]
  /** The content words right after the number, up to punctuation or a function word, as stems. */
  run: string[]
  /** The word that governs the number right before it (`shot three`, `shot to death one`), hedges skipped. */
  governor?: Token
  /** For a hyphenated measure (`38-year-old`, `170,000-square-foot`), the noun it describes. */
  owner?: string
  /** True for one end of a pair such as a score or a range (`88-72`, `18-49`, `2009-10`). */
  pair: boolean
  /** True when the sentence states a cumulative total (`so far`, `a total of`, `in all`). */
  cumulative: boolean
  /** True for an age (`37-year-old`, `15 years old`): not a count of years (`485 years`). */
  age: boolean
  /** What the number is a part of, from an `of` right after it or its unit (`83.3 percent of Greeks`), as a stem. */
  partOf?: string
  /** A physical measure converted to SI base units, when the unit is one the engine knows. */
  measure?: { dimension: string; value: number; factor: number; of?: string }
  /** The range the text allows: `at least 30` is [30, ∞), `up to 120` is [0, 120]. */
  bounds: [number, number]
}

// Unit words → [dimension, factor to the SI base unit]; longest forms are tried first.
const MEASURE_UNITS: readonly [RegExp, string, number][] = [
  [/^(?:square|sq\.?)[ -](?:metres?|meters?|m)\b/, 'area', 1],
  [/^(?:square|sq\.?)[ -](?:kilometres?|kilometers?|km)\b/, 'area', 1e6],
  [/^(?:square|sq\.?)[ -](?:foot|feet|ft)\b/, 'area', 0.092903],
  [/^(?:square|sq\.?)[ -]miles?\b/, 'area', 2.59e6],
  [/^acres?\b/, 'area', 4046.86],
  [/^hectares?\b/, 'area', 1e4],
  [/^(?:mph|miles per hour|miles an hour)\b/, 'speed', 0.44704],
  [/^(?:km\/h|kph|kmh|kilometres per hour|kilometers per hour|kilometres an hour)/, 'speed', 0.277778],
  [/^knots?\b/, 'speed', 0.514444],
  [/^nautical[ -]miles?\b/, 'length', 1852],
  [/^(?:kilometres?|kilometers?|km)\b/, 'length', 1000],
  [/^(?:metres?|meters?|m)\b/, 'length', 1],
  [/^(?:centimetres?|centimeters?|cm)\b/, 'length', 0.01],
  [/^(?:foot|feet|ft)\b/, 'length', 0.3048],
  [/^(?:miles?|mi)\b/, 'length', 1609.344],
  [/^(?:yards?|yds?)\b/, 'length', 0.9144],
  [/^(?:kilograms?|kilos?|kg)\b/, 'mass', 1],
  [/^(?:pounds?|lbs?)\b/, 'mass', 0.453592],
  [/^(?:tonnes?|metric tons?)\b/, 'mass', 1000],
  [/^tons?\b/, 'mass', 907.185],
]

// Two measures of one thing in different units agree when they are this close (conversions are rounded).
const CONVERSION_TOLERANCE = 0.05

// Words before a number that make it a lower or an upper bound.
const LOWER_BOUNDS = [
  'at least',
  'more than',
  'over',
  'above',
  'upwards of',
  'in excess of',
  'no fewer than',
  'no less than',
]
const UPPER_BOUNDS = [
  'up to',
  'at most',
  'less than',
  'fewer than',
  'under',
  'below',
  'no more than',
  'nearly',
  'almost',
  'as much as',
  'as many as',
  'as high as',
]

// An age: `37-year-old`, `15 years old`, `six-month-old`.
const AGE = /^\S*?[\s-]*(?:years?|months?|weeks?|days?)[\s-]old\b/

// A person's age set off by commas after the name, as news style writes it (`Zurana Horton, 34, a mother of 12`).
const NAME_BEFORE_AGE = /\p{Lu}[\p{L}'’.-]*,\s*$/u

/** True for a bare whole number between commas right after a capitalised name: that person's age. */
function isAppositiveAge(side: ClaimSide, fact: Fact): boolean {
  if (fact.unit !== undefined || !/^\d{1,3}$/.test(fact.text) || Number(fact.text) > 120) return false
  const segment = segmentOf(side, fact)
  if (segment === undefined) return false
  const before = segment.text.slice(0, fact.start - segment.start)
  return NAME_BEFORE_AGE.test(before) && /^\s*,/.test(segment.text.slice(fact.end - segment.start))
}

// A sentence that states a running or overall total.
const CUMULATIVE =
  /\b(?:so far|in total|a total of|altogether|in all|to date|cumulative(?:ly)?|overall|all told)\b/i

/**
 * The slot of a number fact on its side, read once per side and fact: the rules that compare two
 * numbers (one slot, one kind of bound, fitting once read) each ask for both slots, for every pair.
 */
export const numberSlot: (side: ClaimSide, fact: Fact) => NumberSlot = memoBySide(readNumberSlot)

/** Reads a number's slot from the words around it on its side. */
function readNumberSlot(side: ClaimSide, fact: Fact): NumberSlot {
  const text = segmentTextAround(side, fact)
  const after = text.after
  const value = Number(fact.key)
  const slot: NumberSlot = {
    qualifiers: qualifiersOf(side, fact),
    run: runAfter(side, fact),
    pair: /^[-–]\d/.test(after) || /\d[-–]$/.test(text.before),
    cumulative: CUMULATIVE.test(text.whole),
    age: AGE.test(`${fact.text.toLowerCase()}${after}`) || isAppositiveAge(side, fact),
    bounds: rangeOf(fact, text.before, text.after, value) ?? boundsOf(text.before, value),
  }
  const governor = governorOf(side, fact)
  if (governor !== undefined) slot.governor = governor
  const whole = partitiveOf(side, fact)
  if (whole !== undefined) slot.partOf = whole
  const owner = fact.text.includes('-') ? firstContentAfter(side, fact.end) : undefined
  if (owner !== undefined) slot.owner = owner
  const measure = measureOf(fact, after, value)
  if (measure !== undefined) {
    const of = measuredThing(side, fact)
    slot.measure = of === undefined ? measure : { ...measure, of }
  }
  return slot
}

/**
 * The value a number stands for in its pair: the `10` of `2009-10` is the year 2010. Other numbers
 * keep their key's value.
 */
export function pairedValue(side: ClaimSide, fact: Fact): number {
  const value = Number(fact.key)
  const year = /(\d\d)\d\d[-–]$/.exec(segmentTextAround(side, fact).before)
  if (year?.[1] === undefined || !/^\d\d$/.test(fact.text)) return value
  return Number(year[1]) * 100 + value
}

/**
 * True when two numbers fill one slot: the same qualifiers, the same described noun, the same
 * governing word (unless `sameSubject` says one subject is counted), both or neither one end of a
 * pair, both or neither a cumulative total, both or neither an age, and measures of one dimension.
 */
export function sameNumberSlot(x: NumberSlot, y: NumberSlot, sameSubject = false): boolean {
  if (x.pair !== y.pair || x.cumulative !== y.cumulative || x.age !== y.age) return false
  // A share of one whole is not a share of another, nor a figure of no stated whole.
  if ((x.partOf !== undefined || y.partOf !== undefined) && x.partOf !== y.partOf) return false
  if (x.owner !== undefined && y.owner !== undefined && x.owner !== y.owner) return false
  // Another verb is another slot (`shot to death one`/`shot three`), unless one subject is counted
  // with a reworded verb (`the death toll hits 362`/`climbs to 580`).
  if (!sameSubject && x.governor && y.governor && !sameWord(x.governor, y.governor)) return false
  if ((x.measure === undefined) !== (y.measure === undefined)) return false
  if (x.measure && y.measure) {
    if (x.measure.dimension !== y.measure.dimension) return false
    // A distance or size is of something: the same verb before it (`falling 150 metres`/`fell
    // 200 metres`) or the same word after it; `150 nautical miles east of Aden` and `13 nautical
    // miles from the cargo ship` measure two things.
    const sameVerb = x.governor !== undefined && y.governor !== undefined && sameWord(x.governor, y.governor)
    if (!sameVerb && (x.measure.of === undefined || x.measure.of !== y.measure.of)) return false
  }
  if (isCompoundOf(x.run, y.run) || isCompoundOf(y.run, x.run)) return false
  return x.qualifiers.join(' ') === y.qualifiers.join(' ')
}

// Words a noun run must go on for, past the other's, to name a compound thing.
const COMPOUND_EXTRA_WORDS = 2

/**
 * True when `long` starts with all of `short` and goes on for two words or more: `one rocket
 * propelled grenade launcher` counts launchers, not the `two rockets` of the other side (one extra
 * word is usually a verb: `five people died`/`six people`).
 */
function isCompoundOf(short: string[], long: string[]): boolean {
  return (
    short.length > 0 &&
    long.length >= short.length + COMPOUND_EXTRA_WORDS &&
    short.every((stem, k) => long[k] === stem)
  )
}

/** Content stems right after a number, while only spaces or hyphens separate them (four at most). */
function runAfter(side: ClaimSide, fact: Fact): string[] {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return []
  const run: string[] = []
  let end = fact.end
  for (const token of side.tokens) {
    if (token.start < fact.end) continue
    if (token.start >= segment.end || run.length === 4) break
    if (!/^[\s-]*$/.test(segment.text.slice(end - segment.start, token.start - segment.start))) break
    if (!token.content || token.numeric) break
    run.push(token.stem)
    end = token.end
  }
  return run
}

/**
 * True when two numbers of one slot do not disagree: the same measure in other units (`60
 * metres`/`200 feet`), or ranges that overlap (`more than 100`/`up to 120`, `at least 30`/`30`).
 */
export function numbersFit(x: NumberSlot, xValue: number, y: NumberSlot, yValue: number): boolean {
  // Only a conversion between two units is rounded: `14.7 pounds`/`15 pounds` still differ.
  if (x.measure && y.measure && x.measure.factor !== y.measure.factor) {
    const larger = Math.max(x.measure.value, y.measure.value)
    if (larger > 0 && Math.abs(x.measure.value - y.measure.value) <= larger * CONVERSION_TOLERANCE)
      return true
  }
  if (xValue === yValue) return true
  const [lowX, highX] = x.bounds
  const [lowY, highY] = y.bounds
  // Only bounds of different kinds can fit: `more than 50`/`more than 60` still differ.
  if (sameBoundKind(x, y)) return false
  return lowX <= highY && lowY <= highX
}

/** What kind of value the bounds allow: one value, a lower or an upper bound, or a range of two ends. */
function boundKind([low, high]: [number, number]): 'exact' | 'lower' | 'upper' | 'range' {
  if (low === high) return 'exact'
  if (high === Number.POSITIVE_INFINITY) return 'lower'
  return low > 0 ? 'range' : 'upper'
}

/** True when two numbers are written as the same kind of value (both exact, both lower bounds …). */
export function sameBoundKind(x: NumberSlot, y: NumberSlot): boolean {
  return boundKind(x.bounds) === boundKind(y.bounds)
}

/** The segment text before and after a fact, and the whole segment, lower-cased. */
function segmentTextAround(side: ClaimSide, fact: Fact): { before: string; after: string; whole: string } {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return { before: '', after: '', whole: '' }
  const whole = segment.text.toLowerCase()
  return {
    before: whole.slice(0, fact.start - segment.start),
    after: whole.slice(fact.end - segment.start),
    whole,
  }
}

// The other end after a range's first number: `to $160 million`, `and 150 million` (after `between`), `-$150`.
const RANGE_AFTER =
  /^(?:\s+(thousand|million|billion|trillion))?\s*(to|and|-|–)\s*[$€£¥]?\s*(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?/
// The first end before a range's second number: `between $140 and `, `$140- `, `$140 million to `.
const RANGE_BEFORE =
  /(from\s+|between\s+)?[$€£¥]?\s*(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\s*(to|and|-|–)\s*[$€£¥]?\s*$/

/**
 * [low, high] of the range a number is one end of (`between $165 million and $180 million`, `the
 * $140 million to $160 million range`, `$140-$150 million`), the ends read at one scale; undefined
 * for no range. `and` joins ends only after `between`, a hyphen only of sums of money (`88-72` is
 * a score), and `from 5 to 7` is a change, not a range.
 */
function rangeOf(fact: Fact, before: string, after: string, value: number): [number, number] | undefined {
  const written = Number(/\d[\d,]*(?:\.\d+)?/.exec(fact.text)?.[0]?.replaceAll(',', ''))
  const ownScale = written > 0 ? value / written : 1
  const money = /[$€£¥]/.test(fact.text)
  const joins = (join: string, between: boolean) => (join === 'and' ? between : join === 'to' || money)
  const next = RANGE_AFTER.exec(after)
  if (next?.[3] !== undefined && joins(next[2] ?? '', /\bbetween\s+[$€£¥]?\s*$/.test(before))) {
    const scale = SCALES.get(next[4] ?? '') ?? ownScale
    const other = Number(next[3].replaceAll(',', '')) * scale
    const low = next[1] === undefined && next[4] !== undefined ? written * scale : value
    if (other > low && !/\bfrom\s+[$€£¥]?\s*$/.test(before)) return [low, other]
  }
  const previous = RANGE_BEFORE.exec(before)
  if (previous?.[2] !== undefined && joins(previous[4] ?? '', previous[1]?.startsWith('between') === true)) {
    if (previous[1]?.startsWith('from')) return undefined
    const scale = SCALES.get(previous[3] ?? '') ?? ownScale
    const other = Number(previous[2].replaceAll(',', '')) * scale
    if (other > 0 && other < value) return [other, value]
  }
  return undefined
}

/** [low, high] from a bound word right before the number; an exact value is [value, value]. */
function boundsOf(before: string, value: number): [number, number] {
  const tail = before.replace(/[$€£¥]\s*$/, '').trimEnd()
  const endsWith = (phrase: string) =>
    tail === phrase || tail.endsWith(` ${phrase}`) || tail.endsWith(`(${phrase}`)
  if (LOWER_BOUNDS.some(endsWith)) return [value, Number.POSITIVE_INFINITY]
  if (UPPER_BOUNDS.some(endsWith)) return [0, value]
  return [value, value]
}

/** Words between the number and its unit (`three other rifles`, `11 Yemeni pirates`), as stems. */
function qualifiersOf(side: ClaimSide, fact: Fact): string[] {
  const unit = fact.unit
  if (unit === undefined || fact.text.includes('-')) return []
  const following = side.tokens.filter((token) => token.start >= fact.end).slice(0, 4)
  const at = following.findIndex(
    (token) => token.stem === unit || token.norm === unit || token.stem.startsWith(unit),
  )
  if (at <= 0 || following.slice(0, at).some((token) => token.numeric)) return []
  return following.slice(0, at).map((token) => token.stem)
}

// Words that say the number after them is approximate in both directions.
export const HEDGES: ReadonlySet<string> = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'circa',
  'estimated',
])

// Words between a verb and its number that hedge or bound it, skipped to find the verb.
const HEDGE_WORDS = new Set([...HEDGES, 'least', 'than', 'more', 'over', 'up', 'to', 'at', 'less', 'fewer'])

/**
 * The content word right before a number, across hedges only (`falling about 150`, `shot three`),
 * or the noun before an `of` (`a town of about 15,000`): the verb or noun whose count it is. None
 * across punctuation or other function words (`the 23`).
 */
function governorOf(side: ClaimSide, fact: Fact): Token | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const before = side.tokens.filter((token) => token.end <= fact.start && token.start >= segment.start)
  let end = fact.start
  for (let k = before.length - 1; k >= 0; k--) {
    const token = before[k] as Token
    if (!/^\s+$/.test(segment.text.slice(token.end - segment.start, end - segment.start))) return undefined
    if (HEDGE_WORDS.has(token.norm)) {
      end = token.start
      continue
    }
    // `a town of 15,000 people`, `a toll of 30`: the number is of the noun before `of`.
    const noun = before[k - 1]
    if (
      token.norm === 'of' &&
      noun !== undefined &&
      /^\s+$/.test(segment.text.slice(noun.end - segment.start, token.start - segment.start))
    )
      return noun.content && !noun.numeric && !noun.name ? noun : undefined
    return token.content && !token.numeric && !token.name ? token : undefined
  }
  return undefined
}

/**
 * The first content word after an `of` that follows the number or its unit directly (`83.3
 * percent of Greeks`, `30 of the 80 wounded`): the whole the number is a part of.
 */
function partitiveOf(side: ClaimSide, fact: Fact): string | undefined {
  // `$2 million of damage`, `150 metres of rope` measure a thing; only a count or a share is a part.
  if (fact.unit !== undefined && fact.unit !== 'percent') return undefined
  const after = side.tokens.filter((token) => token.start >= fact.end).slice(0, 6)
  let at = 0
  if (fact.unit !== undefined && after[0]?.content && !after[0].numeric) at = 1
  if (after[at]?.norm !== 'of') return undefined
  return after.slice(at + 1).find((token) => token.content)?.stem
}

/** The first content word right after a span, when only spaces or a hyphen separate them. */
function firstContentAfter(side: ClaimSide, end: number): string | undefined {
  const token = side.tokens.find((candidate) => candidate.start >= end)
  if (token === undefined || !token.content || token.numeric) return undefined
  const segment = side.segments.find((candidate) => candidate.start <= end && end <= candidate.end)
  const gap = segment?.text.slice(end - segment.start, token.start - segment.start) ?? ''
  return /^[\s-]*$/.test(gap) ? token.stem : undefined
}

/** The first plain content word after a measure's number and unit (`miles east of Aden` → `east`). */
function measuredThing(side: ClaimSide, fact: Fact): string | undefined {
  const after = side.tokens.filter((token) => token.start >= fact.end).slice(0, 5)
  const unitWords =
    /^(?:square|sq|nautical|miles?|mi|kilometres?|kilometers?|km|metres?|meters?|m|cm|feet|foot|ft|yards?|mph|kph|per|hour|knots?|acres?|hectares?|kilograms?|kg|pounds?|lbs?|tonnes?|tons?)$/
  return after.find((token) => token.content && !token.numeric && !unitWords.test(token.norm))?.stem
}

/** The measure a number states, from the unit words after it or inside a hyphenated form. */
function measureOf(fact: Fact, after: string, value: number): NumberSlot['measure'] {
  const hyphen = fact.text.indexOf('-')
  const unitText = hyphen > 0 ? `${fact.text.slice(hyphen + 1).toLowerCase()}${after}` : after.trimStart()
  const cleaned = unitText.replace(/^\(/, '')
  for (const [pattern, dimension, factor] of MEASURE_UNITS)
    if (pattern.test(cleaned)) return { dimension, value: value * factor, factor }
  return undefined
}
