import { describe, expect, it } from 'vitest'
import { foldSpelling } from './fold-spelling.ts'
import { tokenize } from './tokenize.ts'

const stems = (text: string) =>
  tokenize(text)
    .filter((token) => token.content)
    .map((token) => token.stem)

describe('foldSpelling', () => {
  it('folds British spellings to US ones', () => {
    expect(foldSpelling('organisations')).toBe('organizations')
    expect(foldSpelling('colour')).toBe('color')
    expect(foldSpelling('centre')).toBe('center')
    expect(foldSpelling('defence')).toBe('defense')
    expect(foldSpelling('travelled')).toBe('traveled')
    expect(foldSpelling('analysed')).toBe('analyzed')
  })

  it('leaves words that only look British alone', () => {
    for (const word of ['promise', 'exercise', 'hour', 'four', 'otherwise', 'surprise']) {
      expect(foldSpelling(word)).toBe(word)
    }
  })

  it('folds irregular past forms and month abbreviations', () => {
    expect(foldSpelling('told')).toBe('tell')
    expect(foldSpelling('jan')).toBe('january')
  })
})

describe('tokenize', () => {
  it('gives equivalent forms the same keys', () => {
    expect(stems('The U.N. criticised five organisations')).toEqual(
      stems('the UN criticized 5 organizations'),
    )
    expect(stems('Jan. 25')).toEqual(stems('January 25'))
    expect(stems('400,000 Syrians')).toEqual(stems('400000 Syrians'))
  })

  it('keeps offsets into the text', () => {
    const text = 'Kerry’s talks in Zürich, 2016.'
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('marks names but not capitalised sentence openers', () => {
    const names = tokenize('Officials met. Lavrov spoke with the U.S. envoy').filter((token) => token.name)
    expect(names.map((token) => token.text)).toEqual(['Lavrov', 'U.S.'])
  })

  it('reads a line set in capitals as words, not acronyms: stems, function words, names only where no everyday word', () => {
    const shouted = tokenize('US TROOPS KILLED IN AFGHANISTAN RAID')
    expect(stems('US TROOPS KILLED IN AFGHANISTAN RAID')).toEqual(
      stems('US troops killed in Afghanistan raid'),
    )
    expect(shouted.filter((token) => !token.content).map((token) => token.text)).toEqual(['IN'])
    const named = (text: string) => shouted.find((token) => token.text === text)?.name
    expect(['US', 'AFGHANISTAN', 'TROOPS', 'KILLED'].map(named)).toEqual([true, true, false, false])
    // Short words that are no everyday or function words stay acronyms.
    expect(
      tokenize('CHARGERS RECEIVER ARRESTED ON SUSPICION OF DUI').find((t) => t.text === 'DUI')?.name,
    ).toBe(true)
    // A lead-in in capitals reads like any sentence opener; an acronym opener stays a name.
    expect(tokenize('SMILING bomber Amrozi').map((token) => token.name)).toEqual([false, false, true])
    expect(tokenize('NATO forces said').map((token) => token.name)).toEqual([true, false, false])
  })
})
