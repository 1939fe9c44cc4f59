import { describe, expect, it } from 'vitest'
import { readLines } from './read-lines.ts'

async function collect(chunks: Array<string | Uint8Array>): Promise<string[]> {
  async function* input(): AsyncGenerator<string | Uint8Array> {
    yield* chunks
  }
  const lines: string[] = []
  for await (const line of readLines(input())) lines.push(line)
  return lines
}

describe('readLines', () => {
  it('splits on LF and CRLF and keeps a last line without newline', async () => {
    expect(await collect(['a\r\nb\n', 'c'])).toEqual(['a', 'b', 'c'])
  })

  it('decodes a character split across chunks and drops a BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFFé\nzürich\n')
    expect(await collect([bytes.slice(0, 4), bytes.slice(4, 8), bytes.slice(8)])).toEqual(['é', 'zürich'])
  })

  it('keeps empty lines for the caller to skip', async () => {
    expect(await collect(['\n\nx\n'])).toEqual(['', '', 'x'])
  })
})
