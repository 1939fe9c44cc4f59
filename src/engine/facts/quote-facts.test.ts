import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'
import { quoteKey } from './quote-facts.ts'
import { sameFactValue } from './same-fact-value.ts'

const quotes = (text: string) => describeFacts(extractFacts(text), 'quote')

describe('extractQuoteFacts', () => {
  test('straight and curly quotes give the same key, with the stated speaker', () => {
    expect(quotes('"We hope so," Lavrov told reporters.')).toEqual(['quote:we hope so@lavrov'])
    expect(quotes('“We hope so,” Lavrov told reporters.')).toEqual(['quote:we hope so@lavrov'])
    expect(quotes('Lavrov said: "We hope so."')).toEqual(['quote:we hope so@lavrov'])
    expect(quotes('"We hope so," said Lavrov.')).toEqual(['quote:we hope so@lavrov'])
    expect(quotes('"We hope so," he said.')).toEqual(['quote:we hope so@he'])
  })

  test('British and US spellings fold together', () => {
    expect(quoteKey('terrorist organisations')).toBe(quoteKey('terrorist organizations'))
    expect(quoteKey("We don't recognise the colour")).toBe('we do not recognize the color')
    expect(quoteKey('a promise to rise')).toBe('a promise to rise')
    expect(quoteKey("It's routine; we're sure we won't and can't")).toBe(
      'it is routine we are sure we will not and can not',
    )
    expect(quoteKey("the F.T.C.'s 8 per cent")).toBe(quoteKey('the FTC 8 percent'))
  })

  test('an open quote runs to the end; a lone closing quote starts at the text start', () => {
    expect(quotes('"We don\'t know the actual date yet, but')).toEqual([
      'quote:we do not know the actual date yet but',
    ])
    expect(quotes('the end of it," he said.')).toEqual(['quote:the end of it@he'])
    expect(quotes('“First paragraph\n\n“Second one.”')).toEqual(['quote:first paragraph', 'quote:second one'])
  })

  test('different words give different keys; a part of a quote matches the whole', () => {
    const cnn = extractFacts(
      '"The political process will begin, we hope, in the nearest future, during January," he said.',
    )
    const aj = extractFacts(
      '"The political process will begin, we hope, as soon as possible, at the end of January," he said.',
    )
    const [a, b] = [cnn[0], aj[0]]
    expect(a?.kind === 'quote' && b?.kind === 'quote').toBe(true)
    if (a === undefined || b === undefined) return
    expect(a.key).not.toBe(b.key)
    expect(sameFactValue(a, b)).toBe(false)
    const part = extractFacts('had "discussed plans for the talks"')[0]
    const whole = extractFacts('"discussed plans for the talks and more"')[0]
    if (part === undefined || whole === undefined) throw new Error('quotes expected')
    expect(sameFactValue(part, whole)).toBe(true)
  })
})
