import { sameFactValue } from '../facts/same-fact-value.ts'
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

/** True when some fact of the other side holds an equivalent value (`five`/`5`, `U.N.`/`UN`). */
export function isMatched(fact: Fact, other: ClaimSide): boolean {
  return other.facts.some((candidate) => sameFactValue(fact, candidate))
}

/** Facts of one kind on this side that the other side does not repeat in any equivalent form. */
export function unmatchedFacts(side: ClaimSide, other: ClaimSide, kind: Fact['kind']): Fact[] {
  return side.facts.filter((fact) => fact.kind === kind && !isMatched(fact, other))
}

/** Lower-case words of a text, for quote comparison. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Stem of the nearest content token before (`-1`) or after (`1`) a span, skipping tokens inside it. */
export function neighbourStem(side: ClaimSide, start: number, end: number, direction: -1 | 1): string {
  let found = ''
  for (const token of side.tokens) {
    if (!token.content || token.numeric) continue
    if (direction === -1 && token.end <= start) found = token.stem
    if (direction === 1 && token.start >= end) return token.stem
  }
  return found
}
