import { describe, expect, it } from 'vitest'
import { onlyOpensSentences } from './names-in-texts.ts'

describe('onlyOpensSentences', () => {
  const texts = new Map([
    ['a', 'Banners in the main square read "The state kills". Riots spread to Athens on Monday.'],
    ['b', 'Thieves raid a jewellery store\nOklahoma inmate escapes. Athens was calm. Mr. Crowe spoke.'],
  ])

  it('is true of an everyday word seen only opening a sentence or a headline', () => {
    expect(onlyOpensSentences(texts, 'Banners')).toBe(true)
    expect(onlyOpensSentences(texts, 'Thieves')).toBe(true)
  })

  it('is false of a word some article writes inside a sentence or after a title', () => {
    expect(onlyOpensSentences(texts, 'Crowe')).toBe(false)
    expect(onlyOpensSentences(new Map(), 'Banners')).toBe(false)
  })

  it('is false of a place or person no word list knows, wherever it stands', () => {
    expect(onlyOpensSentences(texts, 'Oklahoma')).toBe(false)
    expect(onlyOpensSentences(texts, 'Athens')).toBe(false)
  })
})
