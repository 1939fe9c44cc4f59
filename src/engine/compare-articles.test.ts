import { describe, expect, it } from 'vitest'
import aljazeeraText from '../demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnnText from '../demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'
import { compareArticles } from './compare-articles.ts'
import { listQuotes } from './summary/list-quotes.ts'
import type { ArticleInput } from './types.ts'

const articles: ArticleInput[] = [
  { id: 'aljazeera', text: aljazeeraText, published: '2016-01-20' },
  { id: 'cnn', text: cnnText, published: '2016-01-20' },
]

describe('compareArticles', () => {
  it('reports progress in order, from 0 to 1', () => {
    const fractions: number[] = []
    compareArticles(articles, { onProgress: (fraction) => fractions.push(fraction) })
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions)
  })

  it('says when the time budget cut the work short, and still returns a valid report', () => {
    let clock = 0
    const report = compareArticles(articles, { timeBudgetMs: 5, now: () => (clock += 10) })
    expect(report.shortcuts?.map((shortcut) => shortcut.limit)).toContain('timeBudget')
    expect(report.segments.length).toBeGreaterThan(0)
    const claimed = new Set(report.claims.flatMap((claim) => claim.segments))
    for (const id of report.unique) expect(claimed.has(id)).toBe(false)
  })

  it('lists the quotes it compared, the same as finding them again in a report without them', () => {
    const report = compareArticles(articles)
    const speakers = (report.quotes ?? []).map((quote) => `${quote.segment}:${quote.speaker ?? '?'}`)
    expect(speakers).toContain('cnn:23:lavrov')
    for (const quote of report.quotes ?? []) {
      const segment = report.segments.find((s) => s.id === quote.segment)
      expect(segment?.text).toContain(quote.text)
    }
    expect(listQuotes({ ...report, quotes: undefined })).toEqual(report.quotes)
  })

  it('takes no shortcut within the budget', () => {
    expect(compareArticles(articles).shortcuts).toBeUndefined()
  })

  it('joins fewer segments at a stricter threshold', () => {
    const claimed = (threshold: number) =>
      compareArticles(articles, { threshold }).claims.reduce((sum, claim) => sum + claim.segments.length, 0)
    expect(claimed(0.9)).toBeLessThan(claimed(0.3))
    expect(compareArticles(articles, { threshold: 1.01 }).claims).toEqual([])
  })

  it('titles a document by its given title, else its headline, else its id', () => {
    const report = compareArticles([
      { id: 'given', title: 'A title', text: 'Headline here\n\nBody sentence one. Body sentence two.' },
      { id: 'headline', text: 'Kerry meets Lavrov\n\nThe two men met in Zurich.' },
      { id: 'empty', text: '' },
    ])
    expect(report.documents.map((document) => document.title)).toEqual([
      'A title',
      'Kerry meets Lavrov',
      'empty',
    ])
  })
})

describe('compareArticles on one unbroken megabyte-scale line', () => {
  const repeat = (words: string, length: number) => {
    const parts: string[] = []
    for (let total = 0; total < length; total += words.length + 1) parts.push(words)
    return parts.join(' ')
  }
  const demo: ArticleInput[] = [
    { id: 'aljazeera', text: aljazeeraText },
    { id: 'cnn', text: cnnText },
  ]

  it('compares a line of words the other articles share without overflowing the stack, capping its facts', () => {
    const line = repeat('talks Kerry Lavrov Geneva agreement opposition met on', 300_000)
    const report = compareArticles([...demo, { id: 'line', text: line }])
    expect(report.shortcuts?.map((shortcut) => shortcut.limit)).toContain('factsPerSegment')
    for (const segment of report.segments) expect(segment.end).toBeGreaterThan(segment.start)
  })

  it('does not treat a huge single line as one statement to compare with everything', () => {
    const line = repeat('council bridge budget tuesday residents ferry crossing', 300_000)
    const report = compareArticles([...demo, { id: 'line', text: line }])
    expect(report.claims.filter((claim) => claim.segments.some((id) => id.startsWith('line:')))).toEqual([])
  })
})
