import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'

const numbers = (text: string) => describeFacts(extractFacts(text), 'number')

describe('extractNumberFacts', () => {
  test('counts carry the stemmed noun that follows as their unit', () => {
    expect(numbers('400,000 Syrians are trapped')).toEqual(['number:400000/syrian'])
    expect(numbers('the release of five Americans')).toEqual(['number:5/american'])
    expect(numbers('the release of 5 Americans')).toEqual(['number:5/american'])
    expect(numbers('two men had discussed')).toEqual(['number:2/man'])
    expect(numbers('10 more people died')).toEqual(['number:10/person'])
    expect(numbers('Some 2,500 U.S. troops remain')).toEqual(['number:2500/troop'])
    expect(numbers('a magnitude of 7.8.')).toEqual(['number:7.8'])
    expect(numbers('7.8 today')).toEqual(['number:7.8'])
  })

  test('scores, ranges and sizes in one word give both ends; a measure glued before its number counts', () => {
    expect(numbers('The Jets beat the Colts 9-14 at home')).toEqual(['number:9', 'number:14'])
    expect(numbers('among adults 18-49.')).toEqual(['number:18', 'number:49'])
    expect(numbers('an 8-by-12 cell')).toEqual(['number:8/cell', 'number:12/cell'])
    expect(numbers('a quake of magnitude-5.4 struck')).toEqual(['number:5.4/magnitud'])
    expect(numbers('an F-16 and an AK-47')).toEqual([])
  })

  test('a decimal written without its leading zero keeps its point', () => {
    expect(numbers('futures settled .85 cent lower')).toEqual(['number:0.85/cent'])
    expect(numbers('shares fell $.50 each')).toEqual(['number:0.5/usd'])
    expect(numbers('a rise (.3%) in May')).toEqual(['number:0.3/percent'])
    // A point closing an abbreviation or a word is not a decimal point.
    expect(numbers('the U.S..5 troops')).not.toContain('number:0.5/troop')
    expect(numbers('talks ended.5 people left')).toEqual(['number:5/person'])
  })

  test('a number that names a road, a flight or a chapter identifies it, and counts nothing', () => {
    expect(numbers('on state Route 52 near Interstate 805 just after')).toEqual([
      'number:52/#route',
      'number:805/#interstate',
    ])
    expect(numbers('Flight 370 vanished')).toEqual(['number:370/#flight'])
    expect(numbers('the article 5 people read')).toEqual(['number:5/person'])
  })

  test('hyphenated measures take the unit after the hyphen', () => {
    expect(numbers('an 18-month timeline')).toEqual(['number:18/month'])
    expect(numbers('their three-hour meeting')).toEqual(['number:3/hour'])
    expect(numbers('a twenty-five-year-old')).toEqual(['number:25/year'])
    expect(numbers('the 16 year-old friend')).toEqual(['number:16/year'])
  })

  test('scales, currencies and percentages', () => {
    expect(numbers('1.2 million refugees')).toEqual(['number:1200000/refuge'])
    expect(numbers('1,200,000 refugees')).toEqual(['number:1200000/refuge'])
    expect(numbers('a pledge of $2.5 billion')).toEqual(['number:2500000000/usd'])
    expect(numbers('inflation of 15 percent and 15% and 15 per cent')).toEqual([
      'number:15/percent',
      'number:15/percent',
      'number:15/percent',
    ])
    expect(numbers('a pledge of $2.5bn and of €10m')).toEqual([
      'number:2500000000/usd',
      'number:10000000/eur',
    ])
    expect(numbers('a dozen soldiers')).toEqual(['number:12/soldier'])
    expect(numbers('two hundred thousand votes')).toEqual(['number:200000/vote'])
  })

  test('the first end of a range shares the unit of the second', () => {
    expect(numbers('from 1.8 to 4.4 percentage points')).toEqual([
      'number:1.8/percentag',
      'number:4.4/percentag',
    ])
    expect(numbers('three or four soldiers')).toEqual(['number:3/soldier', 'number:4/soldier'])
  })

  test('ordinals are keyed apart from cardinals', () => {
    expect(numbers('the third round and the 3rd round')).toEqual([
      'number:ordinal:3/round',
      'number:ordinal:3/round',
    ])
  })

  test('different values keep different keys', () => {
    expect(numbers('400,000 Syrians')).not.toEqual(numbers('40,000 Syrians'))
    expect(numbers('1.2 million')).not.toEqual(numbers('1.3 million'))
  })

  test('numbers inside dates, times and years are not number facts', () => {
    expect(numbers('on January 25, 2016 at 3 p.m. in 1998')).toEqual([])
    expect(numbers('one of the talks')).toEqual([])
    expect(numbers('Resolution 2254 and COVID-19')).toEqual(['number:2254/#resolution'])
  })
})
