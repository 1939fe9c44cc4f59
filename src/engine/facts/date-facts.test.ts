import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'

// 2016-01-20 was a Wednesday.
const published = '2016-01-20'
const dates = (text: string, when: string | null = published) =>
  describeFacts(extractFacts(text, { published: when }), 'date')

describe('extractDateFacts', () => {
  test('equivalent calendar forms give one key', () => {
    for (const form of [
      'January 25',
      'Jan. 25',
      '25 January',
      'Jan 25, 2016',
      'January 25th',
      '25th of January 2016',
    ]) {
      expect(dates(`talks on ${form} in Geneva`)).toEqual(['date:2016-01-25'])
    }
  })

  test('a missing year stays partial without a publication date', () => {
    expect(dates('on Jan. 25', null)).toEqual(['date:--01-25'])
    expect(dates('during January', null)).toEqual(['date:--01'])
    expect(dates('on Jan 25, 2016', null)).toEqual(['date:2016-01-25'])
  })

  test('weekdays resolve by tense; the day of publication is today', () => {
    expect(dates('In Davos on Wednesday, he said')).toEqual(['date:2016-01-20'])
    expect(dates('Before leaving Washington on Tuesday, Kirby had acknowledged')).toEqual(['date:2016-01-19'])
    expect(dates('they want the talks to start as scheduled on Monday')).toEqual(['date:2016-01-25'])
    expect(dates("de Mistura would not issue invitations for Monday's talks")).toEqual(['date:2016-01-25'])
    expect(dates('Kerry said on Monday that')).toEqual(['date:2016-01-18'])
    expect(dates('next Wednesday')).toEqual(['date:2016-01-27'])
    expect(dates('on Monday', null)).toEqual(['date:weekday:1'])
    expect(dates('said it would start on Monday, January 25')).toEqual(['date:weekday:1', 'date:2016-01-25'])
    expect(dates('on Monday')).not.toEqual(dates('on Tuesday'))
  })

  test('relative expressions resolve to a day or a range', () => {
    expect(dates('scheduled to start next week')).toEqual(['date:2016-01-25/2016-01-31'])
    expect(dates('officials said this week')).toEqual(['date:2016-01-18/2016-01-24'])
    expect(dates('This weekend Kerry will visit Riyadh')).toEqual(['date:2016-01-23/2016-01-24'])
    expect(dates('should start this month')).toEqual(['date:2016-01'])
    expect(dates('the nuclear test earlier this month')).toEqual(['date:2016-01-01/2016-01-19'])
    expect(dates('yesterday and tomorrow')).toEqual(['date:2016-01-19', 'date:2016-01-21'])
    expect(dates('next week', null)).toEqual(['date:relative:2001-01-22/2001-01-28'])
    expect(dates('last night and this morning')).toEqual(['date:2016-01-19', 'date:2016-01-20'])
    expect(dates('three days ago, a month ago, 2 years ago')).toEqual([
      'date:2016-01-17',
      'date:2015-12',
      'date:2014',
    ])
    expect(describeFacts(extractFacts('three days ago'), 'number')).toEqual([])
  })

  test('years, times and numeric dates', () => {
    expect(dates('the war began in 1998')).toEqual(['date:1998'])
    expect(dates('about 2000 troops')).toEqual([])
    expect(dates('the budget after 1800 people.')).toEqual([])
    expect(dates('the 2011 uprising and in 2015 talks, in 1998 he left')).toEqual([
      'date:2011',
      'date:2015',
      'date:1998',
    ])
    expect(dates('at 3 p.m. and 15:00 and 2000 GMT')).toEqual(['date:T15:00', 'date:T15:00', 'date:T20:00'])
    expect(dates('on 25/01/2016 and 2016-01-25')).toEqual(['date:2016-01-25', 'date:2016-01-25'])
  })

  test('"may" and "march" count as months only beside a day or year', () => {
    expect(dates('Talks may March on', null)).toEqual([])
    expect(dates('on May 5', null)).toEqual(['date:--05-05'])
  })
})
