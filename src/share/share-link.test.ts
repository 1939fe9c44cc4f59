import { describe, expect, test } from 'vitest'
import { decodeBase64Url, encodeBase64Url } from './base64url.ts'
import { createShareLink, MAX_FRAGMENT_CHARS, readShareFragment } from './share-link.ts'

const payload = {
  name: 'Syria talks',
  articles: [
    { id: 'cnn', text: 'Kerry, Lavrov meet — «Zürich» 🇨🇭', source: 'CNN', published: '2016-01-20' },
    { id: 'aj', text: 'US and Russia fail to agree.', url: 'https://aljazeera.example/x' },
  ],
  overrides: { 'aj:0|cnn:0': 'confirmed' as const },
  threshold: 0.42,
}

describe('share links', () => {
  test('a link carries the comparison in its fragment and reads back the same', async () => {
    const link = await createShareLink(payload, 'https://crosscheck.example/app/?x=1#old')
    if (!link.ok) throw new Error('expected a link')
    const url = new URL(link.url)
    expect(url.origin + url.pathname + url.search).toBe('https://crosscheck.example/app/?x=1')
    expect(url.hash).toMatch(/^#share=[A-Za-z0-9_-]+$/)
    expect(await readShareFragment(url.hash)).toEqual(payload)
  })

  test('a comparison too large for a link is refused with its size', async () => {
    // Random-looking text does not compress, so the fragment outgrows the limit.
    let seed = 7
    const noise = Array.from({ length: 80_000 }, () => {
      seed = (seed * 48271) % 2147483647
      return String.fromCharCode(97 + (seed % 26))
    }).join('')
    const link = await createShareLink(
      { ...payload, articles: [{ id: 'x', text: noise }] },
      'https://c.example/',
    )
    expect(link.ok).toBe(false)
    expect(link.length).toBeGreaterThan(MAX_FRAGMENT_CHARS)
  })

  test('no fragment means no shared comparison; a damaged one says so', async () => {
    expect(await readShareFragment('')).toBeNull()
    expect(await readShareFragment('#other=1')).toBeNull()
    await expect(readShareFragment('#share=!!!')).rejects.toThrow('the link is damaged')
    await expect(readShareFragment('#share=AAAA')).rejects.toThrow()
    const link = await createShareLink(payload, 'https://c.example/')
    if (!link.ok) throw new Error('expected a link')
    await expect(readShareFragment(new URL(link.url).hash.slice(0, 30))).rejects.toThrow()
  })

  test('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index)
    const text = encodeBase64Url(bytes)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeBase64Url(text)).toEqual(bytes)
  })
})
