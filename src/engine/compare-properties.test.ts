import { env } from 'node:process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles.ts'
import type { ArticleInput, Report } from './types.ts'

/** Runs per property: modest by default so the unit suite stays fast; raise with FC_NUM_RUNS=1000. */
const numRuns = Number(env.FC_NUM_RUNS ?? 25)

const NOUNS = [
  'minister',
  'council',
  'village',
  'troops',
  'company',
  'court',
  'harbour',
  'election',
  'budget',
  'storm',
]
const VERBS = ['approved', 'rejected', 'visited', 'delayed', 'announced', 'criticised', 'funded', 'blocked']
const NAMES = ['Lavrov', 'Kerry', 'Merkel', 'Ankara', 'Geneva', 'Oslo', 'Reuters', 'Madaya']
const UNITS = ['people', 'soldiers', 'percent', 'dollars', 'votes', 'homes']

/** A news-like sentence with a name, a number of something, and a few content words. */
const sentence = fc
  .record({
    name: fc.constantFrom(...NAMES),
    verb: fc.constantFrom(...VERBS),
    nouns: fc.uniqueArray(fc.constantFrom(...NOUNS), { minLength: 2, maxLength: 4 }),
    count: fc.integer({ min: 2, max: 90_000 }),
    unit: fc.constantFrom(...UNITS),
  })
  .map(
    ({ name, verb, nouns, count, unit }) =>
      `${name} ${verb} the ${nouns.join(' and the ')} after ${count} ${unit}.`,
  )

/** An article of distinct sentences, one per line. */
const article = fc.uniqueArray(sentence, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'))

/** The report's claims as comparable shapes: sorted segment ids with their status. */
function claimShapes(report: Report): string[] {
  return report.claims.map((claim) => `${[...claim.segments].sort().join('+')}=${claim.status}`).sort()
}

describe('compareArticles properties', () => {
  it('finds only agreements when an article is compared with itself', () => {
    fc.assert(
      fc.property(article, (text) => {
        const report = compareArticles([
          { id: 'a', text },
          { id: 'b', text },
        ])
        for (const claim of report.claims) expect(claim.status).toBe('agreement')
      }),
      { numRuns },
    )
  })

  it('does not depend on the order of the articles', () => {
    fc.assert(
      fc.property(article, article, (x, y) => {
        const a: ArticleInput = { id: 'a', text: x }
        const b: ArticleInput = { id: 'b', text: y }
        expect(claimShapes(compareArticles([b, a]))).toEqual(claimShapes(compareArticles([a, b])))
      }),
      { numRuns },
    )
  })

  it('reports exactly one number discrepancy when one number of a copy changes', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.integer({ min: 1, max: 500 }), (text, pick, delta) => {
        const lines = text.split('\n')
        const index = pick % lines.length
        const line = lines[index] ?? ''
        const changed = line.replace(/\d+/, (n) => String(Number(n) + delta))
        const copy = lines.map((l, i) => (i === index ? changed : l)).join('\n')
        const report = compareArticles([
          { id: 'a', text },
          { id: 'b', text: copy },
        ])
        const differences = report.claims.flatMap((claim) => claim.differences)
        expect(differences.map((d) => d.kind)).toEqual(['number'])
        const claim = report.claims.find((c) => c.differences.length > 0)
        const segmentTexts = report.segments.filter((s) => claim?.segments.includes(s.id)).map((s) => s.text)
        expect(segmentTexts.sort()).toEqual([line, changed].sort())
      }),
      { numRuns },
    )
  })

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ maxLength: 4 }),
            text: fc.string({ unit: 'grapheme', maxLength: 300 }),
          }),
          {
            maxLength: 4,
          },
        ),
        fc.option(fc.double({ noNaN: false }), { nil: undefined }),
        (articles, threshold) => {
          expect(() => compareArticles(articles, { threshold })).not.toThrow()
        },
      ),
      { numRuns },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, article, (x, y) => {
        const articles = [
          { id: 'a', text: x },
          { id: 'b', text: y },
        ]
        expect(compareArticles(articles)).toEqual(compareArticles(articles))
      }),
      { numRuns },
    )
  })
})
