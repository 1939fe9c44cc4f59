import { describe, expect, test } from 'vitest'
import type { Fact, FactKind } from '../types.ts'
import { sameDateKey } from './date-values.ts'
import { extractFacts } from './extract-facts.ts'
import { sameFactValue, sameUnit } from './same-fact-value.ts'

function first(kind: FactKind, text: string, published: string | null = null): Fact {
  const found = extractFacts(text, { published }).find((fact) => fact.kind === kind)
  if (found === undefined) throw new Error(`no ${kind} fact in ${text}`)
  return found
}

const same = (kind: FactKind, a: string, b: string, published: string | null = null) =>
  sameFactValue(first(kind, a, published), first(kind, b, published))

describe('sameFactValue', () => {
  test('numbers: equivalent forms are the same, other values are not', () => {
    expect(same('number', 'five Americans', '5 Americans')).toBe(true)
    expect(same('number', '1.2 million people', '1,200,000 people')).toBe(true)
    expect(same('number', '400,000 Syrians', '40,000 Syrians')).toBe(false)
    expect(same('number', '400,000 Syrians', '400,000 people')).toBe(true)
    expect(sameUnit(first('number', '400,000 Syrians'), first('number', '400,000 people'))).toBe(false)
    expect(sameUnit(first('number', '5 Americans'), first('number', 'five Americans'))).toBe(true)
  })

  test('numbers: a figure rounded or cut to fewer written digits is the same figure', () => {
    expect(same('number', 'spent $114.3 million', 'spent $114 million')).toBe(true)
    expect(same('number', 'closed at 2,053.27', 'closed at 2,053')).toBe(true)
    expect(same('number', '34.75 million viewers', '34.7 million viewers')).toBe(true)
    expect(same('number', 'a $247.7 billion deficit', 'a $247 billion deficit')).toBe(true)
    // Far more than a rounding apart, the same written precision, or an integer's own zeros: differs.
    expect(same('number', '1.9 million people', '1 million people')).toBe(false)
    expect(same('number', 'lost 14.7 pounds', 'lost 15 pounds')).toBe(false)
    expect(same('number', 'at $16.93', 'at $16.90')).toBe(false)
    expect(same('number', 'infected 5,270', 'infected 5,200')).toBe(false)
    expect(same('number', 'trade of $33.4 billion', 'trade of $34 billion')).toBe(false)
    expect(same('number', 'twenty-eight people', 'twenty-seven people')).toBe(false)
  })

  test('dates: forms, partial years, weekdays and ranges', () => {
    expect(same('date', 'on Jan. 25', 'on January 25')).toBe(true)
    expect(same('date', 'on Jan. 25', 'on Jan 25, 2016')).toBe(true)
    expect(same('date', 'on Monday', 'on Tuesday')).toBe(false)
    expect(same('date', 'on January 25', 'on January 26')).toBe(false)
    expect(sameDateKey('weekday:1', '2016-01-25')).toBe(true)
    expect(sameDateKey('weekday:2', '2016-01-25')).toBe(false)
    expect(sameDateKey('2016-01-25/2016-01-31', '2016-01-25')).toBe(true)
    expect(sameDateKey('2016-01', '2016-02-01')).toBe(false)
    expect(sameDateKey('--01', '2016-01-25')).toBe(true)
    expect(sameDateKey('T15:00', 'T16:00')).toBe(false)
    expect(sameDateKey('relative:2001-01-22/2001-01-28', '2016-01-25')).toBe(true)
    expect(sameDateKey('T15:00', '2016-01-25')).toBe(true)
    expect(same('date', 'said yesterday', 'said last night')).toBe(true)
    expect(same('date', 'a year ago', 'last year')).toBe(true)
    // Undated: a wire story's "today" is the next morning's "yesterday", so the two may be one day.
    expect(same('date', 'said yesterday', 'said today')).toBe(true)
    expect(same('date', 'met yesterday', 'will meet tomorrow')).toBe(true)
    expect(same('date', 'met three days ago', 'meets tomorrow')).toBe(false)
    expect(same('date', 'this week', 'last week')).toBe(false)
    expect(same('date', 'earlier this month', 'this month')).toBe(true)
  })

  test('a weekday resolved with a publication date matches the calendar date', () => {
    const published = '2016-01-20'
    expect(same('date', 'talks scheduled on Monday', 'talks scheduled on January 25', published)).toBe(true)
    expect(same('date', 'talks start next week', 'talks on January 25', published)).toBe(true)
    expect(same('date', 'talks start next week', 'talks on January 21', published)).toBe(false)
    // Dated, relative days resolve to real days and are compared as such.
    expect(same('date', 'said yesterday', 'said today', published)).toBe(false)
  })

  test('names, quotes, negations and attributions', () => {
    expect(same('name', 'the U.N. said', 'the United Nations said')).toBe(true)
    expect(same('quote', '"terrorist organisations"', '“terrorist organizations”')).toBe(true)
    expect(same('quote', '"we hope"', '"we wish"')).toBe(false)
    expect(same('negation', 'did not make', "didn't make")).toBe(true)
    expect(same('negation', 'did not make', 'did not take')).toBe(false)
    expect(same('attribution', 'Talks go on, Lavrov said.', 'Sergey Lavrov said talks go on.')).toBe(true)
    expect(same('attribution', 'Lavrov said so', 'Kerry said so')).toBe(false)
    expect(same('attribution', 'he said so', 'Kerry said so')).toBe(true)
  })

  test('facts of different kinds are never the same', () => {
    expect(sameFactValue(first('number', 'five men'), first('date', 'in 1998'))).toBe(false)
  })
})
