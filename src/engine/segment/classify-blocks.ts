import type { SegmentRole } from '../types.ts'
import {
  type BlockShape,
  MAX_TITLE_LENGTH,
  MAX_TITLE_WORDS,
  MIN_PROSE_WORDS,
  measureBlock,
  titleKey,
} from './block-shape.ts'
import { findDateline } from './find-dateline.ts'
import { matchListLabel } from './furniture-rules.ts'
import type { Block } from './split-blocks.ts'

/** What a paragraph is, decided from its own text and its neighbours before it is split into sentences. */
export interface BlockKind {
  /** The role every segment of the block gets (a body block may still lose a dateline or duplicates). */
  role: SegmentRole
  /** Why the block is boilerplate or a duplicate. */
  reason?: string
  /** For a duplicate: the index of the block it repeats. */
  repeats?: number
  /** A headline block that stays one segment (the title itself, not a standfirst). */
  title?: boolean
  /** A bullet or title-like block whose sentences may summarise body text (checked for duplicates). */
  summary?: boolean
}

/** Longest standfirst (dek) under a headline. */
const MAX_DEK_LENGTH = 320
/** How many blocks from the top are searched for a line equal to the article's known title. */
const TITLE_SEARCH_BLOCKS = 8
/** Most words of a teaser title standing alone between paragraphs. */
const MAX_TEASER_WORDS = 14
/** Most words of an all-caps line read as a section label ("JUST IN", "LIVE"). */
const MAX_LABEL_WORDS = 3

const OPENS_QUOTE = /^["“‘'«]/u
const HAS_UPPER = /\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u

/**
 * Finds the headline: the block equal to the article's known title among the first few, else the
 * first block among the first three that is not furniture, if it is short and ends without a period.
 */
function findHeadline(shapes: BlockShape[], title: string | undefined): number {
  // A known title finds its line even below page furniture the rules do not know.
  const wanted = title === undefined ? '' : titleKey(title)
  if (wanted !== '') {
    const found = shapes.slice(0, TITLE_SEARCH_BLOCKS).findIndex((shape) => titleKey(shape.text) === wanted)
    if (found !== -1) return found
  }
  for (let i = 0; i < Math.min(shapes.length, 3); i++) {
    const shape = shapes[i]
    if (!shape || shape.furniture) continue
    const short = shape.text.length <= MAX_TITLE_LENGTH * 1.5 && shape.words <= MAX_TITLE_WORDS + 8
    return short && !shape.text.endsWith('.') ? i : -1
  }
  return -1
}

/**
 * A standfirst (dek) is a one-sentence summary right under the headline. Lede paragraphs look the
 * same, so it needs a layout cue: furniture or a dateline right after it, or an indentation that
 * differs from the paragraph after it (scraped pages indent the body, not the header).
 */
function isDek(text: string, blocks: Block[], shapes: BlockShape[], index: number): boolean {
  const shape = shapes[index]
  const block = blocks[index]
  // Some outlets end a standfirst without a period; a long title-like line counts too.
  const summary = shape?.sentence || (shape?.titleLike && shape.words >= MIN_PROSE_WORDS)
  if (!shape || !block || !summary || shape.furniture || shape.text.length > MAX_DEK_LENGTH) return false
  if (findDateline(text, block.start, block.end) !== -1) return false
  const next = blocks[index + 1]
  const nextShape = shapes[index + 1]
  if (!next || !nextShape) return false
  if (nextShape.furniture || findDateline(text, next.start, next.end) !== -1) return true
  return nextShape.prose && next.indent !== block.indent
}

/** Whether an all-caps short line is a section label ("LIVE", "JUST IN"), given the article has prose. */
function isCapsLabel(shape: BlockShape): boolean {
  return (
    shape.titleLike &&
    shape.words <= MAX_LABEL_WORDS &&
    HAS_UPPER.test(shape.text) &&
    !HAS_LOWER.test(shape.text)
  )
}

/**
 * Whether a title-like line could be a teaser link: a few words, not a quotation (a quote on its own
 * line is a pull quote or a sentence that lost its period, both content).
 */
function isTeaser(shape: BlockShape): boolean {
  return (
    shape.titleLike && shape.words >= 2 && shape.words <= MAX_TEASER_WORDS && !OPENS_QUOTE.test(shape.text)
  )
}

/**
 * For each block under a link-list label ("More on this story", "Topics"), up to the next paragraph
 * of prose, the reason it is furniture ("related link", "topic tag"); undefined elsewhere.
 */
function findListedLinks(shapes: BlockShape[]): (string | undefined)[] {
  const listed: (string | undefined)[] = []
  let label: string | null = null
  for (const shape of shapes) {
    const own = shape.furniture === null ? null : matchListLabel(shape.text)
    if (own) label = own
    else if (label && (shape.prose || shape.text.length > MAX_TITLE_LENGTH)) label = null
    listed.push(own ? undefined : (label ?? undefined))
  }
  return listed
}

/**
 * Classifies every paragraph: headline and standfirst, furniture recognised by its text (captions,
 * bylines, widgets…) or by its place (a title standing alone between paragraphs of prose), repeated
 * titles, and body. An article of one paragraph is all body: there is nothing to tell furniture from.
 */
export function classifyBlocks(text: string, blocks: Block[], title?: string): BlockKind[] {
  if (blocks.length <= 1) return blocks.map(() => ({ role: 'body' }))
  const shapes = blocks.map((block) => measureBlock(text.slice(block.start, block.end)))
  const hasProse = shapes.some((shape) => shape.prose)
  const headline = findHeadline(shapes, title)
  const keys = shapes.map((shape, i) => (shape.titleLike || i === headline ? titleKey(shape.text) : ''))
  const firstWithKey = new Map<string, number>()
  const copies = new Map<string, number>()
  const videoKeys = new Set<string>()
  keys.forEach((key, i) => {
    if (key === '') return
    if (!firstWithKey.has(key)) firstWithKey.set(key, i)
    copies.set(key, (copies.get(key) ?? 0) + 1)
    if (shapes[i]?.furniture === 'video widget') videoKeys.add(key)
  })
  // A repeated title under the headline is a teaser or video, not a standfirst.
  const repeated = (i: number) => (copies.get(keys[i] ?? '') ?? 0) > 1
  const dek =
    headline !== -1 && !repeated(headline + 1) && isDek(text, blocks, shapes, headline + 1)
      ? headline + 1
      : -1
  const listed = findListedLinks(shapes)
  return shapes.map((shape, i): BlockKind => {
    const block = blocks[i] as Block
    if (i === headline) return { role: 'headline', title: true }
    if (i === dek) return { role: 'headline' }
    if (shape.furniture) return { role: 'boilerplate', reason: shape.furniture }
    const link = listed[i]
    if (link) return { role: 'boilerplate', reason: link }
    if (findDateline(text, block.start, block.end) === block.end)
      return { role: 'boilerplate', reason: 'dateline' }
    const key = keys[i] ?? ''
    const first = firstWithKey.get(key) ?? i
    if (key !== '' && first < i) {
      const what = first === headline ? 'the headline' : 'a title'
      return { role: 'duplicate', reason: what, repeats: first }
    }
    if (key !== '' && (copies.get(key) ?? 0) > 1) {
      // A title shown several times is a teaser; next to a video's running time it is a video widget.
      return { role: 'boilerplate', reason: videoKeys.has(key) ? 'video widget' : 'repeated teaser title' }
    }
    // A title right under a video marker ("JUST WATCHED") is the video's title.
    if (shape.titleLike && shapes[i - 1]?.furniture === 'video widget') {
      return { role: 'boilerplate', reason: 'video widget' }
    }
    if (shape.titleLike && hasProse && isCapsLabel(shape))
      return { role: 'boilerplate', reason: 'section label' }
    if (isTeaser(shape) && shapes[i - 1]?.prose && shapes[i + 1]?.prose) {
      return { role: 'boilerplate', reason: 'teaser headline' }
    }
    return { role: 'body', summary: shape.bullet || shape.titleLike }
  })
}
