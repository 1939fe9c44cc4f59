import type { Token } from '../normalize/tokenize.ts'
import { type ClaimSide, isCovered, sameWord, sideKeys } from './claim-side.ts'

/**
 * Whether a run of words only one side says is an insertion: the other side goes straight from the
 * word before the run to the word after it (`UN chief presses` / `UN presses`), so the run is
 * something extra, not another wording of something the other side says in its place (`people
 * buried` / `snowboarders killed`: both sides fill the slot). This is the line interpretable STS
 * draws between a more specific chunk (SPE, one side adds to what both say) and a similar or
 * different one (Agirre et al. 2016).
 *
 * `tokens` are the content tokens of one segment of `side` in text order and the run is
 * `tokens[first..last]`. True when some other side holds the run's neighbours in order with none
 * of its own unsaid words between them; false when every other side fills the gap or lacks the
 * neighbours (a run with no neighbour at all is the whole segment, not an addition to it).
 */
export function isInsertion(
  side: ClaimSide,
  tokens: readonly Token[],
  first: number,
  last: number,
  otherSides: readonly ClaimSide[],
): boolean {
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  if (before === undefined && after === undefined) return false
  const ownKeys = sideKeys(side)
  return otherSides.some((other) => {
    const content = contentTokens(other)
    const gap = gapBetween(content, before, after)
    const otherKeys = sideKeys(other)
    return gap !== null && gap.every((token) => isCovered(token, ownKeys, otherKeys))
  })
}

const contentBySide = new WeakMap<ClaimSide, Token[]>()

/** A side's content tokens in text order, listed once per side (every run of the other sides asks). */
function contentTokens(side: ClaimSide): Token[] {
  let content = contentBySide.get(side)
  if (content === undefined) {
    content = side.tokens.filter((token) => token.content)
    contentBySide.set(side, content)
  }
  return content
}

/**
 * The tokens of `content` between a counterpart of `before` and the nearest following counterpart
 * of `after` (from the first token, or to the last, when a neighbour is missing); the narrowest such
 * gap, or null when a neighbour has no counterpart.
 */
function gapBetween(
  content: readonly Token[],
  before: Token | undefined,
  after: Token | undefined,
): Token[] | null {
  const starts = before === undefined ? [-1] : indicesOf(content, before)
  const ends = after === undefined ? [content.length] : indicesOf(content, after)
  let best: [number, number] | null = null
  for (const start of starts) {
    const end = ends.find((candidate) => candidate > start)
    if (end !== undefined && (best === null || end - start < best[1] - best[0])) best = [start, end]
  }
  return best === null ? null : content.slice(best[0] + 1, best[1])
}

/** Positions in `content` of the tokens that say the same word as `word`. */
function indicesOf(content: readonly Token[], word: Token): number[] {
  const found: number[] = []
  content.forEach((token, at) => {
    if (sameWord(token, word)) found.push(at)
  })
  return found
}
