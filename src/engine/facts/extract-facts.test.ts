import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import aljazeera from '../../demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnn from '../../demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'
import { sameFactValue } from './same-fact-value.ts'

const published = '2016-01-20'

describe('extractFacts on demo sentences', () => {
  test('CNN: Ban Ki-moon in Davos', () => {
    const text =
      'In Davos on Wednesday, U.N. Secretary-General Ban Ki-moon said 400,000 Syrians are trapped in besieged communities.'
    expect(describeFacts(extractFacts(text, { published }))).toEqual([
      'name:davos',
      'date:2016-01-20',
      'name:un',
      'attribution:ban ki moon',
      'name:ban ki moon',
      'number:400000/syrian',
      'name:syria',
    ])
  })

  test('CNN and Al Jazeera quote Lavrov differently on when the process begins', () => {
    const cnn = extractFacts(
      '"The political process will begin, we hope, in the nearest future, during January," he said.',
      {
        published,
      },
    )
    const aj = extractFacts(
      '"The political process will begin, we hope, as soon as possible, at the end of January," he said.',
      { published },
    )
    const quote = (facts: typeof cnn) => facts.find((fact) => fact.kind === 'quote')
    const [a, b] = [quote(cnn), quote(aj)]
    if (a === undefined || b === undefined) throw new Error('quotes expected')
    expect(sameFactValue(a, b)).toBe(false)
    expect(describeFacts(cnn, 'date', 'attribution')).toEqual(['date:2016-01', 'attribution:he'])
  })

  test('the scheduled start agrees across outlets: next week, Monday, January 25', () => {
    const dates = (text: string) => extractFacts(text, { published }).filter((fact) => fact.kind === 'date')
    const [nextWeek] = dates('Negotiations are scheduled to start next week.')
    const [monday] = dates('they want the talks to start as scheduled on Monday')
    const [jan25] = dates('talks, which are scheduled to start in Geneva on January 25.')
    if (nextWeek === undefined || monday === undefined || jan25 === undefined)
      throw new Error('dates expected')
    expect([sameFactValue(nextWeek, jan25), sameFactValue(monday, jan25)]).toEqual([true, true])
  })
})

// Lone surrogates and runs of quotes, digits and capitals: what real scraped text can hold.
const awkward = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', "'", ' ', '.', ','), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('1', '0', ',', '.', '-', '$', '%', ' '), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('A', 'U', '.', 'N', ' ', '-', 'al', 'de', 'Mr'), maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('\uD800', '\uDC00', 'é', 'Jan', ' 25', ' Monday', ' next week', ' said'),
    maxLength: 60,
  }),
  fc
    .array(fc.constantFrom('Lavrov said', '"', '400,000', 'U.N.', 'not', 'Jan.', '25', 'he', ',', 'Monday'), {
      maxLength: 40,
    })
    .map((parts) => parts.join(' ')),
)

describe('extractFacts properties', () => {
  test('never throws, offsets index the text, and runs are deterministic', () => {
    fc.assert(
      fc.property(awkward, fc.constantFrom(null, published, 'not a date'), (text, when) => {
        const facts = extractFacts(text, { published: when })
        for (const fact of facts) {
          expect(fact.start).toBeGreaterThanOrEqual(0)
          expect(fact.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(fact.start, fact.end)).toBe(fact.text)
        }
        expect(extractFacts(text, { published: when })).toEqual(facts)
      }),
      { numRuns: 400 },
    )
  })

  test('every fact equals itself', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        for (const fact of extractFacts(text, { published })) expect(sameFactValue(fact, fact)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  // Measured alone this takes about 80 ms (Node 20, warm) and 180 ms under vitest; the bound is
  // loose because test files share two cores, but a quadratic or exponential pattern breaks it.
  test('300 KB of real article text is extracted in linear time', () => {
    const articles = `${cnn}\n${aljazeera}`
    const text = articles.repeat(Math.ceil(300_000 / articles.length))
    const lines = text.split('\n')
    // Warm the JIT first: the figure of interest is the steady cost inside a long-lived worker.
    for (let round = 0; round < 20; round++)
      for (const line of articles.split('\n')) extractFacts(line, { published })
    const started = performance.now()
    let count = 0
    for (const line of lines) count += extractFacts(line, { published }).length
    const elapsed = performance.now() - started
    console.info(
      `facts: ${text.length} chars, ${lines.length} segments, ${count} facts in ${elapsed.toFixed(0)} ms`,
    )
    expect(elapsed).toBeLessThan(1500)
  })
})

describe('extractFacts cost on adversarial runs', () => {
  // Each run is 60 KB of one pattern a careless scanner would make quadratic or worse.
  const runs = [
    '"',
    '“',
    '1,',
    'A ',
    'U.N. ',
    'al-Assad ',
    'Mr. ',
    'Monday ',
    'said ',
    '"x," Lavrov said. ',
    "n't ",
  ]
  test.each(runs)('a run of %j stays fast', (unit) => {
    const text = unit.repeat(Math.ceil(60_000 / unit.length))
    const started = performance.now()
    const facts = extractFacts(text, { published })
    expect(performance.now() - started).toBeLessThan(1500)
    expect(facts.every((fact) => text.slice(fact.start, fact.end) === fact.text)).toBe(true)
  })
})
