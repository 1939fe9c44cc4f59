import type { Token } from '../normalize/tokenize.ts'
import type { Fact, Segment } from '../types.ts'

/** One document's side of a claim: its segments, with facts and tokens at document offsets. */
export interface ClaimSide {
  /** The document id. */
  doc: string
  /** Display name of the document in explanations (its source, else its title, else its id). */
  label: string
  /** The side's segments in text order. */
  segments: Segment[]
  /** Facts of those segments, offsets into the document text. */
  facts: Fact[]
  /** Tokens of those segments, offsets into the document text. */
  tokens: Token[]
}

/** True when two facts carry the same value (same key, or a shared alias for names). */
export function sameValue(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false
  if (a.key === b.key) return true
  if (a.kind !== 'name') return false
  const aliases = new Set([a.key, ...(a.aliases ?? [])])
  return [b.key, ...(b.aliases ?? [])].some((alias) => aliases.has(alias))
}

/** Lower-case words of a text, for quote comparison. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}
