import DiffMatchPatch from 'diff-match-patch'
import { LIMITS } from '../defaults.ts'
import type { DiffOp } from '../types.ts'

/** Words, runs of spaces, and single punctuation marks: the units of a word diff. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|\s+|[^\p{L}\p{N}\s]/gu

const dmp = new DiffMatchPatch()
// The 1 s default timeout makes results depend on machine load; 0 (none) keeps diffs deterministic.
dmp.Diff_Timeout = LIMITS.diffTimeoutSeconds

/**
 * Diffs two texts word by word with diff-match-patch: each distinct word is mapped to one character
 * (the library's diff_linesToChars_ trick, applied to words), the character strings are diffed
 * (Myers 1986), then cleaned up semantically and mapped back to words. Returns null when either
 * side has more tokens than the limit, so a pathological segment cannot stall the pipeline.
 */
export function diffWords(from: string, to: string): DiffOp[] | null {
  const tokensFrom = from.match(WORD_PATTERN) ?? []
  const tokensTo = to.match(WORD_PATTERN) ?? []
  if (tokensFrom.length > LIMITS.diffMaxTokens || tokensTo.length > LIMITS.diffMaxTokens) return null
  const codes = new Map<string, string>()
  const words: string[] = []
  const encode = (tokens: string[]) =>
    tokens
      .map((token) => {
        let code = codes.get(token)
        if (code === undefined) {
          // Skip the surrogate range so every code is one valid UTF-16 unit.
          const next = words.length < 0xd800 ? words.length : words.length + 0x800
          code = String.fromCharCode(next)
          codes.set(token, code)
          words.push(token)
        }
        return code
      })
      .join('')
  const charsFrom = encode(tokensFrom)
  const charsTo = encode(tokensTo)
  const diffs = dmp.diff_main(charsFrom, charsTo, false)
  dmp.diff_cleanupSemantic(diffs)
  const decode = (chars: string) =>
    [...chars]
      .map((char) => {
        const code = char.charCodeAt(0)
        return words[code < 0xd800 ? code : code - 0x800] ?? ''
      })
      .join('')
  return diffs.map(([op, chars]) => [op as DiffOp[0], decode(chars)])
}
