import { describe, expect, test } from 'vitest'
import { compareArticles } from '../compare-articles.ts'
import { extractFacts } from './extract-facts.ts'
import { sameFactValue } from './same-fact-value.ts'
import { isSpellingVariant, sameNameSpeltTwoWays } from './spelling-variants.ts'

/** The last name fact of a text (the person, after any country). */
const lastName = (text: string) =>
  extractFacts(text)
    .filter((fact) => fact.kind === 'name')
    .at(-1)

describe('isSpellingVariant', () => {
  test('transliterations and common misspellings of one name', () => {
    // `Kadhafi` is two edits from `Gaddafi` in a word of seven letters: out of reach, on purpose.
    for (const [x, y] of [
      ['gaddafi', 'qaddafi'],
      ['muammar', 'moammar'],
      ['taliban', 'taleban'],
      ['rouhani', 'rowhani'],
      ['rowhani', 'rohani'],
      ['sergey', 'sergei'],
      ['mohammed', 'muhammad'],
      ['hillary', 'hilary'],
    ]) {
      expect(isSpellingVariant(x as string, y as string), `${x} / ${y}`).toBe(true)
    }
  })

  test('different names that look or sound alike stay different', () => {
    for (const [x, y] of [
      ['iraq', 'iran'], // too short, and one letter apart
      ['iran', 'aaron'], // sound alike
      ['john', 'joan'],
      ['austria', 'australia'],
      ['slovakia', 'slovenia'], // two edits in a long word, but they sound different
      ['gambia', 'zambia'],
      ['kerry', 'carey'],
      ['jordan', 'gordon'],
      ['martin', 'marin'],
      ['nigeria', 'nigerian'],
      ['kerry', 'kerry'], // equal is not a variant
    ]) {
      expect(isSpellingVariant(x as string, y as string), `${x} / ${y}`).toBe(false)
    }
  })

  test('multi-word names match word by word', () => {
    expect(sameNameSpeltTwoWays('muammar gaddafi', 'moammar qaddafi')).toBe(true)
    expect(sameNameSpeltTwoWays('hassan rouhani', 'hassan rowhani')).toBe(true)
    expect(sameNameSpeltTwoWays('hassan rouhani', 'hassan rouhani')).toBe(false)
    expect(sameNameSpeltTwoWays('north korea', 'south korea')).toBe(false)
    expect(sameNameSpeltTwoWays('muammar gaddafi', 'gaddafi')).toBe(false)
  })
})

describe('names spelt two ways are one name', () => {
  test('as facts, also against a surname', () => {
    const full = lastName('Libyan leader Muammar Gaddafi vowed to fight.')
    const variant = lastName('Libyan leader Moammar Qaddafi vowed to fight.')
    const surname = lastName('Then Qaddafi vowed to fight.')
    expect(full && variant && sameFactValue(full, variant)).toBe(true)
    expect(full && surname && sameFactValue(full, surname)).toBe(true)
  })

  test('a comparison flags no name conflict for a transliteration, and still flags another name', () => {
    const compare = (a: string, b: string) =>
      compareArticles([
        { id: 'a', text: a },
        { id: 'b', text: b },
      ]).claims.flatMap((claim) => claim.differences.map((difference) => difference.kind))
    expect(
      compare(
        'Libyan leader Muammar Gaddafi vowed to fight on in Tripoli on Sunday.',
        'Libyan leader Moammar Qaddafi vowed to fight on in Tripoli on Sunday.',
      ),
    ).toEqual([])
    expect(
      compare(
        'Libyan leader Muammar Gaddafi vowed to fight on in Tripoli on Sunday.',
        'Libyan leader Saif Hamdan vowed to fight on in Tripoli on Sunday.',
      ),
    ).toContain('name')
  })
})
