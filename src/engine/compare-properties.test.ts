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

/**
 * An article of distinct statements, one per line. Distinct means more than distinct strings: two
 * lines with the same name, verb and nouns in another order say the same thing twice, and the engine
 * rightly groups both into one claim, so a changed number in one of them is then a detail the other
 * article lacks, not a conflict between two statements (fast-check found that case in CI).
 */
const article = fc
  .uniqueArray(sentence, {
    minLength: 1,
    maxLength: 6,
    selector: (line) => line.replace(/\d+/g, '').split(/\W+/).sort().join(' '),
  })
  .map((lines) => lines.join('\n'))

/** The report's claims as comparable shapes: sorted segment ids with their status. */
function claimShapes(report: Report): string[] {
  return report.claims.map((claim) => `${[...claim.segments].sort().join('+')}=${claim.status}`).sort()
}

// Thousands of runs in CI (FC_NUM_RUNS) take seconds; the timeout only stops a hang, it measures nothing.
describe('compareArticles properties', { timeout: Math.max(5_000, numRuns * 25) }, () => {
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

  it('reports exactly one number discrepancy, at the changed number, when one number of a copy changes', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.integer({ min: 1, max: 500 }), (text, pick, delta) => {
        const lines = text.split('\n')
        const index = pick % lines.length
        const line = lines[index] ?? ''
        const original = /\d+/.exec(line)?.[0] ?? ''
        const replaced = String(Number(original) + delta)
        // The new value must be new to the article: had another line the same count of the same
        // thing, the copy would repeat that line's figure rather than contradict this one.
        fc.pre(!new RegExp(`\\b${replaced}\\b`).test(text))
        const changed = line.replace(original, replaced)
        const copy = lines.map((l, i) => (i === index ? changed : l)).join('\n')
        const report = compareArticles([
          { id: 'a', text },
          { id: 'b', text: copy },
        ])
        const differences = report.claims.flatMap((claim) => claim.differences)
        expect(differences.map((d) => d.kind)).toEqual(['number'])
        // The difference points at the number in both texts (a similar line may share the claim).
        const lineStart = lines.slice(0, index).join('\n').length + (index > 0 ? 1 : 0)
        const at = (doc: string, source: string) => {
          const span = differences[0]?.spans?.find((s) => s.doc === doc)
          return span && { text: source.slice(span.start, span.end), start: span.start }
        }
        const numberAt = lineStart + line.indexOf(original)
        expect(at('a', text)).toEqual({ text: original, start: numberAt })
        expect(at('b', copy)).toEqual({ text: replaced, start: numberAt })
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
