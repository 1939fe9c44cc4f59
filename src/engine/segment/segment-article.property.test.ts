import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import aljazeeraText from '../../demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnnText from '../../demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'
import { segmentArticle } from './segment-article.ts'

const ROLES = new Set(['headline', 'body', 'boilerplate', 'duplicate'])

/** Throws unless the segments of `text` satisfy every invariant of the Segment contract. */
function assertInvariants(text: string): void {
  const segments = segmentArticle({ id: 'p', text })
  let covered = 0
  segments.forEach((segment, n) => {
    expect(segment.id).toBe(`p:${n}`)
    expect(segment.doc).toBe('p')
    expect(ROLES.has(segment.role)).toBe(true)
    if (segment.role === 'boilerplate' || segment.role === 'duplicate') expect(segment.reason).toBeTruthy()
    expect(segment.start).toBeGreaterThanOrEqual(covered)
    expect(segment.end).toBeGreaterThan(segment.start)
    expect(segment.end).toBeLessThanOrEqual(text.length)
    expect(segment.text).toBe(text.slice(segment.start, segment.end))
    expect(segment.text.trim()).toBe(segment.text)
    // Everything between the previous segment and this one is whitespace.
    expect(text.slice(covered, segment.start).trim()).toBe('')
    covered = segment.end
  })
  expect(text.slice(covered).trim()).toBe('')
}

/** Any UTF-16 sequence, lone surrogates included (fast-check's string arbitraries never make them). */
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes))

/** Article-like text from pieces that trigger every rule: abbreviations, quotes, furniture, breaks. */
const articleLike = fc
  .array(
    fc.constantFrom(
      'Kerry',
      'met',
      'the',
      'The',
      'U.S.',
      'U.N.-backed',
      'Jan.',
      '25',
      'Mr',
      'Dr.',
      'a.m.',
      'No.',
      '1.2',
      '$2.5',
      'F.',
      '.',
      '. ',
      '?',
      '!',
      '…',
      '...',
      '"',
      '“',
      '”',
      "'",
      '(',
      ')',
      '[',
      ']',
      ';',
      '; ',
      ' — ',
      '-',
      '•',
      '1.',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '\u00a0',
      '\u2028',
      'READ MORE:',
      'JUST WATCHED',
      '02:21',
      '[Handout via EPA]',
      '(Getty Images)',
      'Story highlights',
      'By Jane Doe',
      'SOURCE:',
      'Advertisement',
      'Davos, Switzerland (CNN)',
      'WASHINGTON (Reuters) -',
      'LONDON —',
      '😀',
      '\ud800',
      '\udc00',
      '。',
      'said.',
      'Syria talks',
      'İ',
    ),
    { maxLength: 120 },
  )
  .map((pieces) => pieces.join(''))

describe('segmentArticle invariants', () => {
  it('holds for any UTF-16 text, lone surrogates included', () => {
    fc.assert(
      fc.property(utf16, (text) => assertInvariants(text)),
      { numRuns: 300 },
    )
  })

  it('holds for any unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertInvariants(text)),
      { numRuns: 300 },
    )
  })

  it('holds for article-like text built from every rule trigger', () => {
    fc.assert(
      fc.property(articleLike, (text) => assertInvariants(text)),
      { numRuns: 1000 },
    )
  })

  it('holds for long runs of punctuation and whitespace', () => {
    const run = fc
      .tuple(fc.constantFrom('.', '?', '!', '"', '”', '…', ')', ' ', '\n', '\u00a0', ';', '—'), fc.nat(300))
      .map(([piece, count]) => piece.repeat(count))
    fc.assert(fc.property(fc.array(run, { maxLength: 6 }), (runs) => assertInvariants(runs.join('a'))))
  })

  it('holds on the demo articles and on them glued together', () => {
    assertInvariants(aljazeeraText)
    assertInvariants(cnnText)
    assertInvariants(`${cnnText}${aljazeeraText}`.replaceAll('\n', ' '))
  })

  it('never calls a one-line article furniture', () => {
    const oneLine = articleLike.map((text) => text.replace(/[\n\r\u2028\u2029]/gu, ' '))
    fc.assert(
      fc.property(oneLine, (text) => {
        const roles = segmentArticle({ id: 'p', text }).map((segment) => segment.role)
        expect(roles).not.toContain('boilerplate')
      }),
    )
  })
})

/** The fastest of five runs, in milliseconds: the minimum resists noise from other processes. */
function fastestMs(text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    segmentArticle({ id: 'p', text })
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('segmentArticle cost', () => {
  // About 200 KB each; a quadratic step would take seconds on any of them (a run of `; ` once did).
  it.each([
    ['a. ', 'a. '.repeat(70_000)],
    ['"', '"'.repeat(200_000)],
    ['U.S.', 'U.S.'.repeat(50_000)],
    ['U.S. ', 'U.S. '.repeat(40_000)],
    ['"A. ', '"A. '.repeat(50_000)],
    ['(', '('.repeat(200_000)],
    ['.', '.'.repeat(200_000)],
    ['capitals', 'WASHINGTON '.repeat(18_000)],
    ['datelines', 'Davos, Switzerland (CNN)'.repeat(8_000)],
    ['semicolons', 'a b c d e f g h i j k; '.repeat(9_000)],
    ['dashes', 'word — '.repeat(30_000)],
    ['title lines', 'A short title line\n'.repeat(10_000)],
    [
      'repeated titles',
      Array.from({ length: 8_000 }, (_, i) => `Title number ${i}\n`)
        .join('')
        .repeat(2),
    ],
    ['bullets', '• Negotiations between the government are scheduled to start next week\n'.repeat(2_800)],
  ])('segments 200 KB of %j in linear time', (_, text) => {
    // Linear work takes tens of milliseconds, quadratic seconds: the bound leaves room for a busy machine.
    expect(fastestMs(text)).toBeLessThan(1000)
  })

  // How fast is the benchmark's business (`npm run bench`); this checks only that real text
  // costs about four times as much at four times the length, as linear work does.
  it('segments real article text in linear time', () => {
    const text = `${aljazeeraText}\n\n${cnnText}\n\n`.repeat(40).slice(0, 300_000)
    for (let warm = 0; warm < 5; warm++) fastestMs(text.slice(0, 20_000))
    const growths: number[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      const growth = fastestMs(text) / Math.max(fastestMs(text.slice(0, 75_000)), 0.5)
      growths.push(growth)
      if (growth < 9) break
    }
    expect(Math.min(...growths)).toBeLessThan(9)
  })
})
