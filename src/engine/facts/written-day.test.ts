import { describe, expect, it } from 'vitest'
import { writtenDay } from './written-day.ts'

describe('writtenDay', () => {
  it.each([
    ['20 Jan 2016 10:28 GMT', '2016-01-20'],
    ['Tuesday, July 2nd, 2013', '2013-07-02'],
    ['3 July 2013 Last updated at 13:38 GMT', '2013-07-03'],
    ['Updated 1456 GMT (2256 HKT) January 20, 2016', '2016-01-20'],
    ['Published: 2016-01-20', '2016-01-20'],
  ])('reads the day of %j', (text, day) => {
    expect(writtenDay(text)).toBe(day)
  })

  it.each(['March 2016', 'Friday', 'Last updated at 13:38 GMT'])(
    'gives no day for %j, which lacks one',
    (text) => {
      expect(writtenDay(text)).toBeNull()
    },
  )
})
