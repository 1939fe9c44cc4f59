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
  })
})
