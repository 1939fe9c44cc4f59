import { describe, expect, it } from 'vitest'
import { decodeText, findMarkdownTitle } from './read-article-file.ts'

describe('findMarkdownTitle', () => {
  it('takes the first level-1 heading, without closing hashes', () => {
    expect(findMarkdownTitle('text\n## Sub\n# Title #\n# Later')).toBe('Title')
    expect(findMarkdownTitle('# C# ')).toBe('C#')
    expect(findMarkdownTitle('#Not a heading\n## Nor this')).toBeNull()
    expect(findMarkdownTitle('# \n')).toBeNull()
  })
})

describe('decodeText', () => {
  it('reads UTF-8 and UTF-16 by byte-order mark, dropping the mark', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toBe('hé')
    expect(decodeText('a.txt', new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]))).toBe('hé')
    expect(decodeText('a.txt', new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]))).toBe('hé')
  })

  it('refuses broken UTF-16 and NUL bytes without a UTF-16 mark', () => {
    expect(() => decodeText('a.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(
      /not valid UTF-16/,
    )
    expect(() => decodeText('a.txt', new Uint8Array([0x68, 0x00, 0x69]))).toThrow(/binary/)
  })
})
