import { ImportError } from './article-draft.ts'

/** How much of the start of a file is inspected for binary content. */
const SNIFF_BYTES = 8192

/**
 * True when the bytes look like a binary file rather than text: a NUL byte, or more than one in
 * ten bytes being control characters other than tab, line feed, form feed and carriage return.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES)
  let control = 0
  for (const byte of head) {
    if (byte === 0) return true
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++
  }
  return head.length > 0 && control / head.length > 0.1
}

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark), UTF-16 when it has a mark,
 * else Windows-1252, the usual encoding of older saved pages. Rejects binary content.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (looksBinary(bytes)) {
    throw new ImportError('binary', `${fileName} is not a text file (it holds binary data).`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
