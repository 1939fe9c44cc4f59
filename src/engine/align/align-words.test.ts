import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { alignWords } from './align-words.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** The profiles of two one-sentence documents. */
function pairOf(first: string, second: string): [SegmentProfile, SegmentProfile] {
  const [a, b] = analyseArticles([
    { id: 'a', text: first },
    { id: 'b', text: second },
  ]).profiles
  if (a === undefined || b === undefined) throw new Error('expected two profiles')
  return [a, b]
}

/** The links as "word~word:kind", in link order. */
function described(first: string, second: string): string[] {
  const [a, b] = pairOf(first, second)
  return alignWords(a, b).map((link) => `${a.terms[link.a]?.text}~${b.terms[link.b]?.text}:${link.kind}`)
}

describe('alignWords', () => {
  it('links identical stems whatever their inflection', () => {
    expect(described('The minister resigned.', 'Ministers resign.')).toEqual([
      'minister~Ministers:same',
      'resigned~resign:same',
    ])
  })

  it('links WordNet synonyms when no stem is shared', () => {
    expect(described('The talks were postponed.', 'Negotiations have been delayed.')).toEqual([
      'talks~Negotiations:synonym',
      'postponed~delayed:synonym',
    ])
  })

  it('never links a name to an everyday word through a synonym', () => {
    // `Bush` mid-sentence is a name; the lexicon would otherwise offer `shrub` as its synonym.
    const links = described('Yesterday President Bush spoke.', 'Yesterday the shrub spoke.')
    expect(links).toContain('spoke~spoke:same')
    expect(links.some((link) => link.startsWith('Bush~'))).toBe(false)
  })

  it('links each word at most once on each side', () => {
    const [a, b] = pairOf('Talks and negotiations and discussions.', 'The talks.')
    const links = alignWords(a, b)
    expect(new Set(links.map((link) => link.a)).size).toBe(links.length)
    expect(new Set(links.map((link) => link.b)).size).toBe(links.length)
    expect(links).toHaveLength(1)
  })

  it('counts the exact links among a loose link’s neighbours as its context', () => {
    const [a, b] = pairOf('The Geneva talks were postponed.', 'The Geneva negotiations were delayed.')
    const talks = alignWords(a, b).find((link) => a.terms[link.a]?.text === 'talks')
    expect(talks).toMatchObject({ kind: 'synonym', context: 1 })
  })
})
