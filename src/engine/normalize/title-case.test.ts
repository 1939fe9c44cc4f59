import { describe, expect, test } from 'vitest'
import { isAllCapitals, isShoutedOpener, isTitleCase, unshout } from './title-case.ts'

const words = (line: string) => line.split(/\s+/)

describe('isTitleCase', () => {
  test('a headline capitalising every longer word is Title Case', () => {
    expect(isTitleCase(words('Gunman Among 7 Dead After Florida Apartment Shooting'))).toBe(true)
    expect(isTitleCase(words('Obama Praises Mandela as an Inspiration'))).toBe(true)
  })

  test('sentence case, short lines and shouting are not', () => {
    expect(isTitleCase(words('Gunman among 7 dead after Florida apartment shooting'))).toBe(false)
    expect(isTitleCase(words('Kerry Meets Lavrov'))).toBe(true)
    expect(isTitleCase(words('Kerry Speaks'))).toBe(false)
    expect(isTitleCase(words('UN SAYS AID BLOCKED IN MADAYA'))).toBe(false)
  })
})

describe('isAllCapitals', () => {
  test('a line whose every longer word is in capitals shouts; acronyms in a sentence do not', () => {
    expect(isAllCapitals(words('UN SAYS AID BLOCKED IN MADAYA'))).toBe(true)
    expect(isAllCapitals(words('FALLOUT CONTINUES AFTER BRAZEN ESCAPE'))).toBe(true)
    expect(isAllCapitals(words('NATO and the UN meet in Wales'))).toBe(false)
    expect(isAllCapitals(words('JUST WATCHED'))).toBe(false)
  })
})

describe('unshout', () => {
  const sense = {
    isFunctionWord: (lower: string) => ['to', 'in', 'us', 'the'].includes(lower),
    isEveryday: (lower: string) => ['aid', 'top'].includes(lower),
  }
  test('longer words, function words and everyday words lose their capitals; acronyms and US keep them', () => {
    expect(
      ['CONTINUES', 'TO', 'AID', 'CHARGERS’', 'FBI', 'US', 'Kerry'].map((word) => unshout(word, sense)),
    ).toEqual(['Continues', 'To', 'Aid', 'Chargers’', 'FBI', 'US', 'Kerry'])
  })
})

describe('isShoutedOpener', () => {
  test('a sentence-opening word in capitals followed by lower case is a lead-in', () => {
    expect(isShoutedOpener('SMILING', true, 'bomber')).toBe(true)
    expect(isShoutedOpener('SMILING', false, 'bomber')).toBe(false)
    expect(isShoutedOpener('NATO', true, 'Secretary')).toBe(false)
    expect(isShoutedOpener('UN', true, 'envoy')).toBe(false)
  })
})
