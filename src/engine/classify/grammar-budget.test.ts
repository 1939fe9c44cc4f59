import { describe, expect, it } from 'vitest'
import type { Segment } from '../types.ts'
import { grammarBudget } from './grammar-budget.ts'
import { NO_GRAMMAR } from './read-phrases.ts'

const segment = (id: string, text: string): Segment => ({
  id,
  doc: 'd',
  start: 0,
  end: text.length,
  text,
  role: 'body',
})

describe('grammarBudget', () => {
  it('tags each text once, up to the limit, then leaves the rest untagged and counts them', () => {
    const budget = grammarBudget(1)
    const first = segment('d:0', 'The first step in a timeline for political change.')
    const tagged = budget.grammarOf(first)
    expect(tagged.phrases.length).toBeGreaterThan(0)
    // The same segment again is the same reading, not a second one against the limit.
    expect(budget.grammarOf(first)).toBe(tagged)
    expect(budget.grammarOf(segment('d:1', 'Another sentence with its own phrases.'))).toBe(NO_GRAMMAR)
    expect(budget.refused()).toBe(1)
  })

  it("reads a text repeated in another document once, at each segment's own offsets", () => {
    const budget = grammarBudget(1)
    const text = 'The first step in a timeline for political change.'
    const here = budget.grammarOf(segment('a:0', text))
    const there = budget.grammarOf({ ...segment('b:3', text), doc: 'b', start: 40, end: 40 + text.length })
    expect(budget.refused()).toBe(0)
    expect(there.words.map((word) => word.start - 40)).toEqual(here.words.map((word) => word.start))
    expect(there.phrases.map((phrase) => phrase.end - 40)).toEqual(here.phrases.map((phrase) => phrase.end))
  })
})
