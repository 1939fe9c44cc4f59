import { env } from 'node:process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles.ts'
import type { ArticleInput, Report } from './types.ts'

/**
 * Runs per property. The default keeps the unit suite quick on a laptop; CI raises it
 * (FC_NUM_RUNS=2000) for thousands of runs of every invariant.
 */
const numRuns = Number(env.FC_NUM_RUNS ?? 200)

/** Any UTF-16 sequence, lone surrogates included: fast-check's string arbitraries never make them. */
const brokenUtf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 160 })
  .map((codes) => String.fromCharCode(...codes))

/** Pieces of the scripts and marks fact-checkers paste: RTL, CJK, joiners, combining and invisible marks. */
const hostilePiece = fc.constantFrom(
  'مرحبا بالعالم',
  'قال الوزير إن 400 شخص قتلوا.',
  'שלום עולם.',
  'הממשלה אישרה את התקציב ב-2016.',
  '北京时间1月20日，外长会晤。',
  '東京で会議が開かれた。',
  '서울에서 회담이 열렸다.',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  'e\u0301',
  'Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u00ad',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '\u0000',
  '\r\n',
  '\n\n',
  '. ',
  '“',
  '”',
  '"',
  'Kerry met Lavrov in Zurich on Wednesday.',
  'U.N. officials said 3,000 people fled on Jan. 25.',
  '"We will not attend," Lavrov said.',
  '',
)

/** Text mixing every script above with random code units and article-like English. */
const hostileText = fc
  .array(fc.oneof(hostilePiece, brokenUtf16, fc.string({ unit: 'grapheme', maxLength: 40 })), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(' '))

/** Optional metadata as it may arrive from a hand-edited file. */
const metadata = fc.record(
  {
    title: fc.oneof(hostileText, brokenUtf16),
    source: fc.option(fc.oneof(hostileText, brokenUtf16), { nil: null }),
    published: fc.option(fc.oneof(fc.constant('2016-01-20'), fc.constant('not a date'), brokenUtf16), {
      nil: null,
    }),
    url: fc.option(fc.oneof(fc.constant('javascript:alert(1)'), brokenUtf16), { nil: null }),
  },
  { requiredKeys: [] },
)

/** One to six articles with hostile text, ids possibly repeated or empty. */
const articles = fc.array(
  fc
    .tuple(fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.string({ maxLength: 3 })), hostileText, metadata)
    .map(([id, text, meta]): ArticleInput => ({ ...meta, id, text })),
  { maxLength: 6 },
)

/** Fails unless every offset in the report indexes its document's text exactly. */
function expectValidOffsets(report: Report): void {
  const texts = new Map(report.documents.map((document) => [document.id, document.text]))
  const segments = new Map(report.segments.map((segment) => [segment.id, segment]))
  const inRange = (doc: string, start: number, end: number) => {
    const text = texts.get(doc)
    expect(text, `document ${doc}`).toBeDefined()
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true)
    expect(0 <= start && start <= end && end <= (text ?? '').length).toBe(true)
    return (text ?? '').slice(start, end)
  }
  for (const segment of report.segments) {
    expect(inRange(segment.doc, segment.start, segment.end)).toBe(segment.text)
  }
  for (const claim of report.claims) {
    for (const id of claim.segments) expect(segments.has(id), `claim segment ${id}`).toBe(true)
    for (const detail of claim.details)
      expect(inRange(detail.doc, detail.start, detail.end)).toBe(detail.text)
    for (const difference of claim.differences) {
      for (const span of difference.spans ?? []) inRange(span.doc, span.start, span.end)
    }
    for (const diff of claim.diffs ?? []) {
      expect(segments.has(diff.from) && segments.has(diff.to)).toBe(true)
    }
  }
  for (const id of report.unique) expect(segments.has(id), `unique segment ${id}`).toBe(true)
}

/** Claims described by their segments' document and text, so two orders of input can be compared. */
function claimShapes(report: Report): string[] {
  const segments = new Map(report.segments.map((segment) => [segment.id, segment]))
  return report.claims
    .map((claim) => {
      const sides = claim.segments.map((id) => `${segments.get(id)?.doc}:${segments.get(id)?.text}`)
      return `${sides.sort().join(' + ')} = ${claim.status}`
    })
    .sort()
}

/** Distinct ids, so a permutation of the input is a permutation of the documents. */
const distinctArticles = fc
  .uniqueArray(hostileText, { minLength: 2, maxLength: 4 })
  .map((texts) => texts.map((text, index): ArticleInput => ({ id: `doc${index}`, text })))

// Thousands of runs in CI (FC_NUM_RUNS) take seconds; the timeout only stops a hang, it measures nothing.
describe('compareArticles on hostile input', { timeout: Math.max(5_000, numRuns * 25) }, () => {
  it('never throws, and every offset it returns indexes the text', () => {
    fc.assert(
      fc.property(articles, fc.option(fc.double(), { nil: undefined }), (input, threshold) => {
        expectValidOffsets(compareArticles(input, { threshold }))
      }),
      { numRuns },
    )
  })

  it('is deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(articles, (input) => {
        expect(compareArticles(input)).toEqual(compareArticles(input))
      }),
      { numRuns },
    )
  })

  it('finds the same claims whatever the order of the articles', () => {
    fc.assert(
      fc.property(distinctArticles, fc.nat(), (input, seed) => {
        const shuffled = [...input]
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seed + i * 7) % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as ArticleInput, shuffled[i] as ArticleInput]
        }
        expect(claimShapes(compareArticles(shuffled))).toEqual(claimShapes(compareArticles(input)))
      }),
      { numRuns },
    )
  })

  it('finds only agreements when an article is compared with itself', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const report = compareArticles([
          { id: 'a', text },
          { id: 'b', text },
        ])
        for (const claim of report.claims) {
          expect(claim.status).toBe('agreement')
          expect(claim.differences).toEqual([])
        }
      }),
      { numRuns },
    )
  })

  it('handles fifty articles, two identical ones and a single one', () => {
    const text = 'Kerry met Lavrov in Zurich on Wednesday. The talks start on Jan. 25 in Geneva.'
    const fifty = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, text: `${text} Report ${i}.` }))
    expectValidOffsets(compareArticles(fifty))
    const twins = compareArticles([
      { id: 'a', text },
      { id: 'b', text },
    ])
    expect(twins.claims.length).toBeGreaterThan(0)
    expect(twins.claims.every((claim) => claim.status === 'agreement')).toBe(true)
    const single = compareArticles([{ id: 'a', text }])
    expect(single.claims).toEqual([])
    expect(compareArticles([]).documents).toEqual([])
  })
})
