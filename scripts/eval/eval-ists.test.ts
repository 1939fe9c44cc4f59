import { describe, expect, it } from 'vitest'
import { locateChunk } from './eval-ists.ts'

describe('locateChunk', () => {
  const text = 'John Demjanjuk , convicted Nazi death camp guard , dies aged 91'

  it('finds a contiguous chunk by whole tokens', () => {
    const spans = locateChunk(text, 'Nazi death camp guard')
    expect(spans?.map(([start, end]) => text.slice(start, end))).toEqual(['Nazi death camp guard'])
  })

  it('finds a discontinuous chunk token by token, never inside a longer word', () => {
    const spans = locateChunk(text, 'John Demjanjuk convicted')
    expect(spans?.map(([start, end]) => text.slice(start, end))).toEqual(['John', 'Demjanjuk', 'convicted'])
    expect(locateChunk(text, 'Demjan')).toBeNull()
  })
})
