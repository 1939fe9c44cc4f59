import { describe, expect, test } from 'vitest'
import { ImportError } from './article-draft.ts'
import { decodeText, looksBinary } from './decode-text.ts'
import { detectFileKind } from './file-kind.ts'
import { acceptText, normalizeText } from './normalize-text.ts'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('decodeText', () => {
  test('reads UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    expect(decodeText(new TextEncoder().encode('Zürich — talks'), 'a.txt')).toBe('Zürich — talks')
    expect(normalizeText(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.txt'))).toBe('A')
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0), 'a.txt')).toBe('AB')
  })

  // Node decodes windows-1252 as Latin-1 (browsers do not), so the test keeps to the shared range.
  test('falls back to Windows-1252 for older saved pages that are not UTF-8', () => {
    expect(
      decodeText(bytes(0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x20, 0x63, 0x61, 0x66, 0xe9), 'old.txt'),
    ).toBe('Zürich café')
  })

  test('refuses binary content with the file named', () => {
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x00))).toBe(true)
    expect(looksBinary(new TextEncoder().encode('plain\ttext\r\n'))).toBe(false)
    expect(() => decodeText(bytes(1, 2, 3, 0, 4), 'photo.txt')).toThrow(
      new ImportError('binary', 'photo.txt is not a text file (it holds binary data).'),
    )
  })
})

describe('detectFileKind', () => {
  test('goes by signature first, then extension, then media type', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7')
    const zip = bytes(0x50, 0x4b, 0x03, 0x04)
    expect(detectFileKind('scan.txt', 'text/plain', pdf)).toBe('pdf')
    expect(detectFileKind('story.docx', '', zip)).toBe('docx')
    expect(detectFileKind('sheet.xlsx', '', zip)).toBeNull()
    expect(detectFileKind('page.HTM', '', bytes(0x3c))).toBe('html')
    expect(detectFileKind('notes.md', '', bytes(0x23))).toBe('text')
    expect(detectFileKind('clip', 'text/html', bytes(0x3c))).toBe('html')
    expect(detectFileKind('README', '', bytes(0x41))).toBe('text')
    expect(detectFileKind('photo.png', 'image/png', bytes(0x89))).toBeNull()
  })
})

describe('acceptText', () => {
  test('normalises line ends and blank runs but keeps the words', () => {
    expect(acceptText('\uFEFFTitle  \r\n\r\n\r\n\r\nBody\r', 'x')).toBe('Title\n\nBody')
  })

  test('refuses text that is empty after tidying, or too long to compare', () => {
    expect(() => acceptText(' \n\t ', 'blank.txt')).toThrow('blank.txt has no text in it.')
    expect(() => acceptText('\u200b\u200c\u200d\u2060\u202e\u2066\ufeff', 'x')).toThrow(
      'x has no text in it.',
    )
    expect(acceptText('\u200b42', 'x')).toBe('\u200b42')
    expect(() => acceptText('a'.repeat(2_000_001), 'long.txt')).toThrow(/2\.0 million characters/)
  })
})
