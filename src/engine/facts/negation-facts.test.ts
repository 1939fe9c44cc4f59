import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'

const negations = (text: string) => describeFacts(extractFacts(text), 'negation')

describe('extractNegationFacts', () => {
  test('each negator is keyed with the stemmed word it negates', () => {
    expect(negations('Kerry did not make any comments')).toEqual(['negation:not:make'])
    expect(negations("We don't know the actual date")).toEqual(['negation:not:know'])
    expect(negations('groups are not acceptable as invitees')).toEqual(['negation:not:accept'])
    expect(negations('but failed to find agreement')).toEqual(['negation:fail:find'])
    expect(negations('he refused to attend')).toEqual(['negation:refuse:attend'])
    expect(negations('he has no role in Syria')).toEqual(['negation:no:role'])
    expect(negations('Russia denied the report')).toEqual(['negation:deny:report'])
    expect(negations('never again and without delay')).toEqual([
      'negation:never:again',
      'negation:without:delay',
    ])
  })

  test('no negation where none is meant', () => {
    expect(negations('not only Kerry but Lavrov')).toEqual([])
    expect(negations('the No. 1 priority')).toEqual([])
    expect(negations('they failed the test')).toEqual([])
    expect(negations('Kerry made comments')).toEqual([])
    // Pseudo-negations (NegEx): the cue affirms, dates or comments on the statement.
    expect(negations("Florida's primary isn't until March 9")).toEqual([])
    expect(negations('residents had nothing but praise for her')).toEqual([])
    expect(negations('the scientists, not surprisingly, wanted answers')).toEqual([])
  })

  test('a negating prefix or `unless` negates in words', () => {
    expect(negations('a no-confidence vote')).toEqual(['negation:non:vote'])
    expect(negations('unless the subsidies are repealed')).toEqual(['negation:unless:subsidi'])
  })
})
