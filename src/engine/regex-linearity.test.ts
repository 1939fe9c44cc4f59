import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles.ts'

/**
 * Every regular expression on the engine's path must stay linear: a pasted page can hold a
 * megabyte of one repeated pattern. Each case pumps a pattern to two lengths, four times apart,
 * and compares the engine's time on both: linear work grows about 4×, quadratic work 16×.
 * Timings take the fastest of a few runs, and tiny times are not compared (noise dominates).
 */
const SMALL = 8_000
const LARGE = SMALL * 4
/** The largest growth accepted for a 4× longer input: between linear (4) and quadratic (16). */
const MAX_GROWTH = 9
/** Below this many milliseconds at the large size, the run is too fast to compare. */
const NOISE_FLOOR_MS = 40
/** A hard ceiling for the large size, whatever the growth. */
const MAX_LARGE_MS = 4_000

/** Adversarial pumps: the shapes that make backtracking patterns go quadratic or worse. */
const pumps: Record<string, string> = {
  'words without punctuation': 'lorem ipsum dolor ',
  digits: '1',
  'digit groups': '1,',
  'decimal points': '1.',
  dots: '.',
  ellipses: '… ',
  'straight quotes': '"',
  'curly quotes': '“a ',
  apostrophes: "'",
  'capitalised words': 'Alpha ',
  'dotted acronyms': 'U.S. ',
  initials: 'A. ',
  hyphens: 'a-',
  dashes: ' — ',
  'open parentheses': '(',
  brackets: '[a ',
  'speech verbs': 'said ',
  'month names': 'Jan ',
  dates: 'Jan. 25, ',
  times: '10:30 ',
  money: '$2.5 ',
  percentages: '5% ',
  'full names': 'John Smith ',
  'titles and names': 'Mr. Kerry ',
  'line breaks': '\n',
  'blank lines': '\n\n',
  bullets: '• a\n',
  'no-break spaces': 'a\u00a0',
  'zero-width spaces': 'a\u200b',
  'combining marks': 'e\u0301 ',
  'emoji with joiners': '👩‍👩‍👧 ',
  Arabic: 'قال الوزير ',
  Hebrew: 'אמר השר ',
  CJK: '北京时间',
  'Japanese sentences': '会議が開かれた。',
  'lone surrogates': 'a\ud800',
  spaces: ' ',
  tabs: '\t',
}

/** The fastest of `runs` comparisons of `text` against a short article, in milliseconds. */
function timeCompare(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    compareArticles([
      { id: 'a', text },
      { id: 'b', text: `The council met on Tuesday. ${text.slice(0, 500)}` },
    ])
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/** The pump repeated to exactly `length` code units. */
function pumped(pump: string, length: number): string {
  return pump.repeat(Math.ceil(length / pump.length)).slice(0, length)
}

/** How many times a case is measured before its growth counts as real rather than noise. */
const ATTEMPTS = 3

/**
 * Fails when the engine's time grows faster than linearly with the pumped pattern's length. Other
 * test files share the two cores, so one measurement can be inflated; a case passes when any of a
 * few attempts grows less than MAX_GROWTH. Quadratic work grows 16× every time, so it still fails.
 */
function expectLinear(pump: string): void {
  timeCompare(pumped(pump, 1_000), 1) // warm the caches and the JIT
  const seen: string[] = []
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const small = timeCompare(pumped(pump, SMALL), 3)
    const large = timeCompare(pumped(pump, LARGE), 2)
    expect(large, `${LARGE} characters took ${large.toFixed(0)} ms`).toBeLessThan(MAX_LARGE_MS)
    if (large < NOISE_FLOOR_MS) return
    if (large / Math.max(small, 1) < MAX_GROWTH) return
    seen.push(`${small.toFixed(0)} ms → ${large.toFixed(0)} ms`)
  }
  expect.fail(`grew more than ${MAX_GROWTH}× for 4× the length in every attempt: ${seen.join('; ')}`)
}

describe('regular expressions stay linear on long repeated patterns', () => {
  for (const [name, pump] of Object.entries(pumps)) {
    it(`${name} (${JSON.stringify(pump)} repeated)`, () => expectLinear(pump), 30_000)
  }

  // A long token without spaces went quadratic inside wink-porter2-stemmer until words longer than
  // any real word were left unstemmed (src/engine/normalize/stem-word.ts).
  it('one long word without spaces ("a" repeated)', () => expectLinear('a'), 120_000)
})
