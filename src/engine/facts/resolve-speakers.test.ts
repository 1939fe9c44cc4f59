import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'
import { resolveSpeakers } from './resolve-speakers.ts'

describe('resolveSpeakers', () => {
  test('a pronoun speaker takes the last named source; an unattributed continuing quote keeps its speaker', () => {
    const segments = [
      '"We do not have any thoughts about changing the talks," Lavrov told reporters.',
      '"The political process will begin," he said.',
      '"We don\'t know the actual date yet.',
      'Kerry did not comment.',
    ]
    const resolved = resolveSpeakers(segments.map((text) => extractFacts(text)))
    expect(resolved.map((facts) => describeFacts(facts, 'quote', 'attribution'))).toEqual([
      ['quote:we do not have any thoughts about changing the talks@lavrov', 'attribution:lavrov'],
      ['quote:the political process will begin@lavrov', 'attribution:lavrov'],
      ['quote:we do not know the actual date yet@lavrov'],
      [],
    ])
  })

  test('without a named source the pronoun stays', () => {
    const resolved = resolveSpeakers([extractFacts('"Yes," he said.')])
    expect(describeFacts(resolved[0] ?? [], 'quote')).toEqual(['quote:yes@he'])
  })

  test('a quote left open takes the speaker of the next segment that closes it', () => {
    const segments = [
      '"The earthquake was really strong, and people poured into the streets in panic.',
      'My husband rushed off to one of the villages," said Sara Sadeqi, a homemaker.',
      'State media said three strong aftershocks were felt.',
      '"People poured into the streets, fearing aftershocks."',
    ]
    const resolved = resolveSpeakers(segments.map((text) => extractFacts(text)))
    expect(
      resolved.map((facts) => describeFacts(facts, 'quote').map((quote) => quote.split('@')[1])),
    ).toEqual([['sara sadeqi'], ['sara sadeqi'], [], [undefined]])
  })
})
