import { describe, expect, it } from 'vitest'
import { tokenize } from '../normalize/tokenize.ts'
import type { Segment } from '../types.ts'
import { scorePair } from './score-pair.ts'
import { profileSegments } from './segment-profile.ts'

/** Scores the first sentence against the second as two one-sentence documents. */
function score(a: string, b: string): number {
  const segments: Segment[] = [a, b].map((text, index) => ({
    id: `d${index}:0`,
    doc: `d${index}`,
    start: 0,
    end: text.length,
    text,
    role: 'body',
  }))
  const [x, y] = profileSegments(
    segments,
    (doc) => Number(doc.slice(1)),
    (segment) => tokenize(segment.text),
  )
  if (!x || !y) throw new Error('no profiles')
  return scorePair(x, y).score
}

const base = 'Kerry urged Russia to use its influence with Assad to ensure humanitarian access'

describe('scorePair', () => {
  it('scores identical sentences 1 and is symmetric', () => {
    expect(score(base, base)).toBeCloseTo(1)
    const other = 'Kerry called for Russia to use influence with Assad'
    expect(score(base, other)).toBeCloseTo(score(other, base))
  })

  it('ranks a paraphrase above a topical sentence above an unrelated one', () => {
    const paraphrase = score(
      base,
      'Kerry called for Russia to use its influence with Assad to ensure aid access',
    )
    const topical = score(base, 'Kerry and Lavrov met in Zurich before flying to Davos for the forum')
    const unrelated = score(base, 'The storm flooded three villages near the coast overnight')
    expect(paraphrase).toBeGreaterThan(topical)
    expect(topical).toBeGreaterThan(unrelated)
  })

  it('credits WordNet synonyms over unrelated words', () => {
    const synonym = score('The talks were postponed until March', 'The talks were delayed until March')
    const unrelated = score('The talks were postponed until March', 'The talks were televised until March')
    expect(synonym).toBeGreaterThan(unrelated)
  })

  it('does not let a changed number break alignment', () => {
    const changed = score(
      'Officials said 400 people were trapped in Madaya',
      'Officials said 40 people were trapped in Madaya',
    )
    expect(changed).toBeGreaterThan(0.7)
  })
})
