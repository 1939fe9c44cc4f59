import { ImportError, MAX_TEXT_CHARS } from './article-draft.ts'

/**
 * Tidies imported text without changing its words: drops a byte-order mark, unifies line ends,
 * trims trailing spaces on each line and collapses runs of blank lines to one.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Normalises the text and rejects it when nothing is left or when it is too long to compare. */
export function acceptText(text: string, what: string): string {
  const normalized = normalizeText(text)
  // Zero-width characters, joiners and bidi controls survive trim() but give nothing to read.
  if (!/[\p{L}\p{N}\p{S}]/u.test(normalized)) throw new ImportError('no-text', `${what} has no text in it.`)
  if (normalized.length > MAX_TEXT_CHARS) {
    const millions = (normalized.length / 1_000_000).toFixed(1)
    throw new ImportError(
      'too-large',
      `${what} has ${millions} million characters; Crosscheck compares articles of up to 2 million.`,
    )
  }
  return normalized
}
