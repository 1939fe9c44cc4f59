import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { foldSpelling } from './spelling.ts'
import { scanWords, stemWord } from './words.ts'

const texts = (text: string) => scanWords(text).map((word) => word.text)

describe('scanWords', () => {
  test('keeps dotted abbreviations, decimals, thousands, hyphens and apostrophes inside words', () => {
    expect(texts("U.N.-backed 400,000 1.2 Ki-moon al-Assad don't Russia's U.S.A. Jan. 25")).toEqual([
      'U.N.',
      'backed',
      '400,000',
      '1.2',
      'Ki-moon',
      'al-Assad',
      "don't",
      "Russia's",
      'U.S.A.',
      'Jan',
      '25',
    ])
    expect(texts('a magnitude of 7.8. Then, 1,2 and 3-')).toEqual([
      'a',
      'magnitude',
      'of',
      '7.8',
      'Then',
      '1',
      '2',
      'and',
      '3',
    ])
  })

  test('words are disjoint, ordered, and index the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        let previousEnd = 0
        for (const word of scanWords(text)) {
          expect(word.start).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(word.start, word.end)).toBe(word.text)
          previousEnd = word.end
        }
      }),
    )
  })
})

describe('foldSpelling', () => {
  test('British spellings fold to US ones; look-alikes stay', () => {
    const british = 'organisations colour centre travelled defence programme analysed recognise'.split(' ')
    expect(british.map(foldSpelling)).toEqual(
      'organizations color center traveled defense program analyzed recognize'.split(' '),
    )
    const same = 'promise rise otherwise exercise hour four noise constructor toString'.split(' ')
    expect(same.map(foldSpelling)).toEqual(same)
  })

  test('units stem through the fold', () => {
    expect([stemWord('metres'), stemWord('meters')]).toEqual([stemWord('meters'), stemWord('meters')])
  })
})
