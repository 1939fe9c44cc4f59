import { describe, expect, it } from 'vitest'
import type { DiffOp } from '../types.ts'
import { diffWords } from './diff-words.ts'

/** Renders a diff as compact `<del>`/`<ins>` markup. */
function markup(ops: DiffOp[] | null): string {
  return (ops ?? [])
    .map(([op, text]) => (op === 0 ? text : op < 0 ? `<del>${text}</del>` : `<ins>${text}</ins>`))
    .join('')
}

describe('diffWords', () => {
  it('diffs whole words, not characters', () => {
    expect(markup(diffWords('Kerry urged Russia to act', 'Kerry called for Russia to act'))).toBe(
      'Kerry <del>urged</del><ins>called for</ins> Russia to act',
    )
  })

  it('rebuilds both texts from its operations', () => {
    const from = 'The political process will begin, we hope, as soon as possible.'
    const to = 'The political process will begin, we hope, in the nearest future.'
    const ops = diffWords(from, to) ?? []
    expect(
      ops
        .filter(([op]) => op <= 0)
        .map(([, text]) => text)
        .join(''),
    ).toBe(from)
    expect(
      ops
        .filter(([op]) => op >= 0)
        .map(([, text]) => text)
        .join(''),
    ).toBe(to)
  })

  it('is deterministic', () => {
    const from = 'a b c d e f g '.repeat(200)
    const to = 'a c b d f e g '.repeat(200)
    expect(diffWords(from, to)).toEqual(diffWords(from, to))
  })
})
