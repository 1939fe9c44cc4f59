import { describe, expect, it } from 'vitest'
import { detectPublished } from './detect-published.ts'

const body = 'Ministers met in Zurich on Wednesday and did not agree.'

describe('detectPublished', () => {
  it.each([
    [`Quake strikes\n\nTuesday, July 2nd, 2013\n\n${body}`, '2013-07-02'],
    [`Quake strikes\n3 July 2013 Last updated at 13:38 GMT\n\n${body}`, '2013-07-03'],
    [`Talks stall\n\nUpdated 2:05 PM ET, Wed January 20, 2016\n\n${body}`, '2016-01-20'],
    [`Talks stall\n\nFirst Published: June 13, 2013 4:59 PM EDT\n\n${body}`, '2013-06-13'],
    [`Talks stall\n\n04/28/09 07:35 PM ET\n\n${body}`, '2009-04-28'],
    [`Talks stall\n\nLONDON, Jan 20, 2016 (Reuters) - ${body}`, '2016-01-20'],
  ])('reads the date of a timestamp or dateline in %j', (text, date) => {
    expect(detectPublished({ text })).toBe(date)
  })

  it('needs a written year: a dateline\'s "Jan 20" or a weekday alone gives no date', () => {
    expect(detectPublished({ text: `Talks stall\n\nLONDON, Jan 20 (Reuters) - ${body}` })).toBeNull()
    expect(detectPublished({ text: `Talks stall\n\nWednesday\n\n${body}` })).toBeNull()
  })

  it('ignores dates inside the story', () => {
    expect(
      detectPublished({ text: `Talks stall\n\nThe talks open on January 25, 2016 in Geneva.` }),
    ).toBeNull()
  })

  it('falls back to the URL path, then the file name', () => {
    expect(detectPublished({ text: body, url: 'https://edition.cnn.com/2016/01/20/politics/kerry' })).toBe(
      '2016-01-20',
    )
    expect(detectPublished({ text: body, fileName: 'cnn-2016-01-20-kerry.txt' })).toBe('2016-01-20')
    expect(detectPublished({ text: body, fileName: 'wire_20130702.txt' })).toBe('2013-07-02')
    expect(detectPublished({ text: body, fileName: 'report-2016-13-45.txt' })).toBeNull()
    expect(detectPublished({ text: body, fileName: 'id-1201601201.txt' })).toBeNull()
  })

  it('prefers the date the text states over the file name', () => {
    expect(
      detectPublished({ text: `Quake\n\nJuly 2, 2013\n\n${body}`, fileName: 'saved-2020-01-01.txt' }),
    ).toBe('2013-07-02')
  })
})
