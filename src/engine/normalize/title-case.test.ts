import { describe, expect, test } from 'vitest'
import { isTitleCase } from './title-case.ts'

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
