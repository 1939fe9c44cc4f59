import type { Fact } from '../types.ts'
import {
  CURRENCY_SYMBOLS,
  cardinalValue,
  digitsValue,
  formatNumberKey,
  NUMBER_OPENERS,
  ORDINALS,
  SCALES,
  UNIT_SYNONYMS,
} from './number-words.ts'
import { isCapitalised, isDigit, isStopword, stemWord, type Word, wordsInside } from './words.ts'

// Words between a number and its counted noun that say nothing about what is counted.
const SKIPPED_BEFORE_UNIT = new Set([
  'more',
  'additional',
  'other',
  'new',
  'extra',
  'further',
  'fewer',
  'armed',
  'local',
  'foreign',
  'young',
  'former',
  'innocent',
  'separate',
  'different',
  'full',
  'straight',
  'consecutive',
])

// What joins the two ends of a range.
const RANGE_JOINS = new Set([' to ', '-', '–', ' and ', ' or ', ' - ', ' – '])

// `one` is a number only before a counted noun; `one of`, `one another` are not counts.
const NOT_AFTER_ONE = new Set(['of', 'another', 'day', 'time', 'way', 'thing'])

interface Reading {
  value: number
  last: number
  unit?: string
  ordinal?: boolean
  /** Where the number starts when that is before its first word: the point of `.85`. */
  start?: number
}

function normaliseUnit(lower: string): string {
  // `year-old`, `rebel-held`: the counted thing is the first part.
  const dash = lower.indexOf('-')
  const stem = stemWord(dash > 0 ? lower.slice(0, dash) : lower)
  return UNIT_SYNONYMS.get(stem) ?? stem
}

function isSpaced(text: string, a: Word | undefined, b: Word | undefined): boolean {
  return a !== undefined && b !== undefined && text.slice(a.end, b.start) === ' '
}

// `18-month` → [18, month]; `twenty-five-year-old` → [twenty-five, year]; `2016-01-25` stays whole.
function splitHyphen(lower: string): [string, string | undefined] {
  const parts = lower.split('-')
  if (parts.length < 2 || /^\d+-\d/.test(lower)) return [lower, undefined]
  const compound = `${parts[0]}-${parts[1]}`
  if (cardinalValue(compound) !== null) return [compound, parts[2]]
  return [parts[0] ?? lower, parts[1]]
}

// The number at words[i] as digits or words, with any scale words after it (`1.2 million`).
function readNumber(text: string, words: readonly Word[], i: number): Reading | null {
  const word = words[i]
  if (word === undefined) return null
  // Cheap rejection first: most words open no number.
  const dash = word.lower.indexOf('-')
  const opener = dash < 0 ? word.lower : word.lower.slice(0, dash)
  if (!isDigit(opener[0]) && !NUMBER_OPENERS.has(opener)) return null
  const glued = /^(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k)$/.exec(word.lower)
  if (glued?.[1] !== undefined && glued[2] !== undefined) {
    // `$2.5bn`, `€10m`: glued scales are safe only as money (`5m` alone may be metres).
    const scale = glued[2] === 'k' ? 1e3 : glued[2] === 'bn' ? 1e9 : 1e6
    const value = CURRENCY_SYMBOLS.has(text[word.start - 1] ?? '') ? digitsValue(glued[1], scale) : null
    return value === null ? null : { value, last: i }
  }
  const [head, hyphenUnit] = splitHyphen(word.lower)
  const ordinalDigits = /^(\d+)(?:st|nd|rd|th)$/.exec(head)
  if (ordinalDigits?.[1] !== undefined) return { value: Number(ordinalDigits[1]), last: i, ordinal: true }
  const ordinal = ORDINALS.get(head)
  if (ordinal !== undefined && !(head === 'second' && /\d/.test(words[i - 1]?.text ?? ''))) {
    return { value: ordinal, last: i, ordinal: true }
  }
  if (hyphenUnit === undefined && startsAfterDecimalPoint(text, word)) {
    // `settled .85 cent lower`: the point is part of the number (0.85), not a sentence end.
    const value = digitsValue(`0.${head}`)
    return value === null ? null : { value, last: i, start: word.start - 1 }
  }
  let value = digitsValue(head) ?? cardinalValue(head)
  if (value === null && head === 'dozen') value = 12
  if (value === null && (head === 'a' || head === 'an') && hyphenUnit === undefined) {
    const next = words[i + 1]?.lower ?? ''
    if (isSpaced(text, word, words[i + 1]) && (SCALES.has(next) || next === 'dozen')) {
      const scale = SCALES.get(next) ?? 12
      return extendScale(text, words, { value: scale, last: i + 1 })
    }
    return null
  }
  if (value === null) return null
  if (hyphenUnit !== undefined) {
    if (SCALES.has(hyphenUnit)) return { value: value * (SCALES.get(hyphenUnit) ?? 1), last: i }
    if (cardinalValue(hyphenUnit) !== null || /\d/.test(hyphenUnit)) return null
    return { value, last: i, unit: normaliseUnit(hyphenUnit) }
  }
  const decimal = digitsValue(head) !== null
  if (decimal) {
    // `1.2 million`: rescale exactly from the written digits.
    const next = words[i + 1]
    const scale = next !== undefined && isSpaced(text, word, next) ? SCALES.get(next.lower) : undefined
    if (scale !== undefined)
      return extendScale(text, words, { value: digitsValue(head, scale) ?? value, last: i + 1 })
    return { value, last: i }
  }
  return extendScale(text, words, { value, last: i })
}

// A bare point before plain digits, itself after a space, the start, a currency sign or a bracket
// (`.85 cent`, `$.50`, `(.3%)`): a decimal without its leading zero. `U.S..5` or `v2.5` are not.
function startsAfterDecimalPoint(text: string, word: Word): boolean {
  if (text[word.start - 1] !== '.' || !/^\d+$/.test(word.text)) return false
  const before = text[word.start - 2]
  return before === undefined || /[\s$€£¥(]/.test(before)
}

function extendScale(text: string, words: readonly Word[], reading: Reading): Reading {
  let { value, last } = reading
  for (;;) {
    const next = words[last + 1]
    const scale = next === undefined ? undefined : SCALES.get(next.lower)
    if (scale === undefined || !isSpaced(text, words[last], next)) return { value, last }
    value *= scale
    last += 1
  }
}

function unitAfter(
  text: string,
  words: readonly Word[],
  reading: Reading,
  inDate: ReadonlySet<number>,
): { unit?: string; last: number } {
  const word = words[reading.last]
  if (word === undefined) return { last: reading.last }
  if (text[word.end] === '%') return { unit: 'percent', last: reading.last }
  let j = reading.last + 1
  while (SKIPPED_BEFORE_UNIT.has(words[j]?.lower ?? '') && isSpaced(text, words[j - 1], words[j])) j++
  const next = words[j]
  if (next === undefined || !isSpaced(text, words[j - 1], next)) return { last: reading.last }
  if (next.lower === 'per' && words[j + 1]?.lower === 'cent') return { unit: 'percent', last: j + 1 }
  if (
    isStopword(next.lower) ||
    /\d/.test(next.lower) ||
    cardinalValue(next.lower) !== null ||
    inDate.has(next.start)
  ) {
    return { last: reading.last }
  }
  // `2,500 U.S. troops`, `400,000 Syrian refugees`: a singular proper adjective before a noun is not the unit.
  const noun = words[j + 1]
  if (
    isCapitalised(next.text) &&
    !next.lower.endsWith('s') &&
    noun !== undefined &&
    isSpaced(text, next, noun) &&
    /^\p{Ll}+$/u.test(noun.text) &&
    !isStopword(noun.lower)
  ) {
    return { unit: normaliseUnit(noun.lower), last: j + 1 }
  }
  return { unit: normaliseUnit(next.lower), last: j }
}

// Capitalised words whose number after them names one thing rather than counting (`Route 52`,
// `Flight 370`, `Chapter 11`); lower case (`the article 5 people read`) they may head a count.
const IDENTIFIED_BY_NUMBER = new Set([
  'route',
  'interstate',
  'highway',
  'freeway',
  'flight',
  'chapter',
  'article',
  'section',
  'resolution',
  'proposition',
  'room',
  'gate',
  'terminal',
  'platform',
  'channel',
])

/**
 * The unit of a number that identifies rather than counts: `#route` for `Route 52`. Without it
 * the next word became the unit (`Interstate 805 just after` counted `just`), and two roads
 * named in one sentence could be paired as rival counts. Two routes still differ (`Route 52` /
 * `Route 25`), and a route is never compared with an interstate.
 */
function identifierLabel(text: string, words: readonly Word[], i: number): string | null {
  const before = words[i - 1]
  const word = words[i] as Word
  if (
    before === undefined ||
    !isCapitalised(before.text) ||
    !IDENTIFIED_BY_NUMBER.has(before.lower) ||
    !isSpaced(text, before, word)
  )
    return null
  return /^\d+$/.test(word.text) ? `#${before.lower}` : null
}

function currencyBefore(text: string, start: number): { unit: string; start: number } | null {
  const symbol = text[start - 1] ?? ''
  const unit = CURRENCY_SYMBOLS.get(symbol)
  if (unit === undefined) return null
  const prefix = text.slice(Math.max(0, start - 3), start - 1)
  return { unit, start: prefix === 'US' || prefix === 'A' ? start - 3 : start - 1 }
}

/**
 * Number facts with their unit: digits and number words, scales (`1.2 million`), currency
 * (`$2.5 billion` → usd), percentages, hyphenated measures (`18-month`) and ordinals (`ordinal:3`).
 * Words inside `taken` spans (dates, times, years) are skipped.
 */
export function extractNumberFacts(text: string, words: readonly Word[], taken: readonly Fact[]): Fact[] {
  const phones = phoneNumbers(text)
  const facts: Fact[] = [...phones]
  const inDate = wordsInside(words, [...taken, ...phones])
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    if (inDate.has(word.start)) continue
    const paired = readPair(text, words, i, inDate)
    if (paired !== null) {
      facts.push(...paired)
      continue
    }
    const reading = readNumber(text, words, i)
    if (reading === null) continue
    const first = reading.start ?? word.start
    const currency = currencyBefore(text, first)
    const label = currency === null ? identifierLabel(text, words, i) : null
    const after =
      label !== null
        ? { unit: label, last: reading.last }
        : reading.unit === undefined
          ? unitAfter(text, words, reading, inDate)
          : { unit: reading.unit, last: reading.last }
    if (
      word.lower === 'one' &&
      (after.unit === undefined || NOT_AFTER_ONE.has(words[reading.last + 1]?.lower ?? ''))
    ) {
      continue
    }
    const lastWord = words[reading.last] as Word
    const start = currency?.start ?? first
    const end = text[lastWord.end] === '%' ? lastWord.end + 1 : lastWord.end
    const key = reading.ordinal === true ? `ordinal:${reading.value}` : formatNumberKey(reading.value)
    const unit = currency?.unit ?? after.unit
    const found: Fact = { kind: 'number', key, text: text.slice(start, end), start, end }
    if (unit !== undefined) found.unit = unit
    facts.push(found)
    i = reading.last
  }
  return shareRangeUnits(
    text,
    facts.sort((x, y) => x.start - y.start),
  )
}

/**
 * A telephone number (`0800 555 111`, `(816) 234-7743`, `212-555-0143`) as one value, its digits
 * joined: outlets space its groups differently (`0800 555111`), and each group read as a count
 * was compared with the others' groups. Its unit `#phone` compares it with phone numbers only, so
 * a digit really dropped (`0845 125 222`) still differs.
 */
function phoneNumbers(text: string): Fact[] {
  return [...text.matchAll(PHONE_NUMBER)].map((match) => {
    const start = match.index ?? 0
    return {
      kind: 'number',
      key: match[0].replace(/\D/g, ''),
      text: match[0],
      start,
      end: start + match[0].length,
      unit: '#phone',
    }
  })
}

// A trunk-prefixed number in groups (`0845 125 2222`) or a North American one (`(816) 234-7743`).
const PHONE_NUMBER =
  /(?<![\d.,])(?:0\d{2,4}(?:[ -]\d{3,4}){1,2}|\(\d{3}\) ?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\d.,]\d)/g

// A lower-case measure glued to its number (`magnitude-5.4`); model names (`F-16`, `AK-47`) are capitalised.
const MEASURED = /^(\p{Ll}{3,})-(\d[\d,]*(?:\.\d+)?)$/u

// A score, range or size written as one word (`9-14`, `18-49`, `2008-09`, `8-by-12`).
const PAIR = /^(\d[\d,]*(?:\.\d+)?)-(?:by-|x-)?(\d[\d,]*(?:\.\d+)?)$/

/**
 * Both ends of a hyphenated score, range or size as numbers of the thing counted after it, like the
 * two ends of `10 to 12`: a changed end (`9-14` → `8-14`) is then a number that differs.
 */
function readPair(
  text: string,
  words: readonly Word[],
  i: number,
  inDate: ReadonlySet<number>,
): Fact[] | null {
  const word = words[i] as Word
  const measured = MEASURED.exec(word.text)
  if (measured?.[1] !== undefined && measured[2] !== undefined) {
    // `magnitude-5.4`: the number of the measure named before it.
    const value = digitsValue(measured[2])
    if (value === null) return null
    const start = word.end - measured[2].length
    const unit = normaliseUnit(measured[1])
    return [{ kind: 'number', key: formatNumberKey(value), text: measured[2], start, end: word.end, unit }]
  }
  const match = PAIR.exec(word.lower)
  if (match?.[1] === undefined || match[2] === undefined) return null
  const first = digitsValue(match[1])
  const second = digitsValue(match[2])
  if (first === null || second === null) return null
  const { unit } = unitAfter(text, words, { value: second, last: i }, inDate)
  const secondStart = word.end - match[2].length
  const ends: Fact[] = [
    {
      kind: 'number',
      key: formatNumberKey(first),
      text: match[1],
      start: word.start,
      end: word.start + match[1].length,
    },
    { kind: 'number', key: formatNumberKey(second), text: match[2], start: secondStart, end: word.end },
  ]
  if (unit !== undefined) for (const end of ends) end.unit = unit
  return ends
}

// A scale word closing a number's text (`$150 million`), and what it multiplies by.
const CLOSING_SCALE = /\s(thousand|million|billion|trillion)$/

// `1.8 to 4.4 percentage points`, `10-12 people`: the first number of a range counts the same thing,
// and at the same scale when only the second end writes one (`$140-$150 million`, `between $140 and
// $150 million` are $140 million to $150 million).
function shareRangeUnits(text: string, facts: Fact[]): Fact[] {
  for (let k = facts.length - 2; k >= 0; k--) {
    const first = facts[k] as Fact
    const second = facts[k + 1] as Fact
    const between = text.slice(first.end, second.start)
    if (!RANGE_JOINS.has(between) && !RANGE_JOINS.has(` ${between.trim()} `)) continue
    if (first.unit === undefined && second.unit !== undefined) first.unit = second.unit
    const scaleWord = CLOSING_SCALE.exec(second.text)?.[1]
    const scale = scaleWord === undefined ? undefined : SCALES.get(scaleWord)
    const value = Number(first.key)
    if (scale === undefined || CLOSING_SCALE.test(first.text) || first.unit !== second.unit) continue
    if (value > 0 && value * scale <= Number(second.key)) first.key = formatNumberKey(value * scale)
  }
  return facts
}
