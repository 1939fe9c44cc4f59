import { matchDuration, matchFurniture } from './furniture-rules.ts'
import { countWords } from './text-range.ts'

/** Shape of one block's text, measured once. */
export interface BlockShape {
  /** The block's trimmed text. */
  text: string
  /** Whitespace-separated words. */
  words: number
  /** Ends with `.`, `?`, `!` or `…`, possibly inside a closing quote or bracket. */
  sentence: boolean
  /** Short, with letters, and no sentence-final mark: a title, label or teaser. */
  titleLike: boolean
  /** A full paragraph of running text. */
  prose: boolean
  /** Starts with a list marker (`•`, `-`, `1.`). */
  bullet: boolean
  /** The furniture its own text gives away, or null. */
  furniture: string | null
}

/** Longest block (UTF-16 units) that can be a title, teaser or headline. */
export const MAX_TITLE_LENGTH = 160
/** Most words in a title, teaser or headline. */
export const MAX_TITLE_WORDS = 22
/** Fewest words of a paragraph of running text. */
export const MIN_PROSE_WORDS = 8

const ENDS_SENTENCE = /[.?!…。！？][\p{Pf}"')\]]*$/u
const CONTINUES = /[:,;]["”’')]*$/u
const BULLET = /^(?:[•·▪◦‣●○■□►▸*\-–—]|\d{1,3}[.)])\s/u

/** Measures a block's text: words, sentence end, title-likeness, list marker, furniture. */
export function measureBlock(text: string): BlockShape {
  const words = countWords(text)
  const sentence = ENDS_SENTENCE.test(text)
  // A line ending in `:` or `,` introduces what follows (a quote, a list): running text, not a title.
  const titleLike =
    !sentence &&
    !CONTINUES.test(text) &&
    text.length <= MAX_TITLE_LENGTH &&
    words <= MAX_TITLE_WORDS &&
    /\p{L}/u.test(text)
  return {
    text,
    words,
    sentence,
    titleLike,
    prose: sentence && words >= MIN_PROSE_WORDS,
    bullet: BULLET.test(text),
    furniture: matchFurniture(text),
  }
}

/** The words of a title, lower case, without a video's running time: equal keys mean the same title. */
export function titleKey(text: string): string {
  const duration = matchDuration(text)
  const title = duration === -1 ? text : text.slice(0, duration)
  return (title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}
