import { describe, expect, test } from 'vitest'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'

const attributions = (text: string) => describeFacts(extractFacts(text), 'attribution')

describe('extractAttributionFacts', () => {
  test('both word orders give the source key', () => {
    expect(attributions('Talks will go on, Lavrov said.')).toEqual(['attribution:lavrov'])
    expect(attributions('Lavrov said talks will go on.')).toEqual(['attribution:lavrov'])
    expect(attributions('"Talks will go on," said Lavrov.')).toEqual(['attribution:lavrov'])
    expect(attributions('"Talks will go on," Lavrov told reporters.')).toEqual(['attribution:lavrov'])
    expect(attributions('Kirby had acknowledged that')).toEqual(['attribution:kirby'])
  })

  test('organisations, nouns and pronouns', () => {
    expect(attributions('The State Department said Kerry and Lavrov met')).toEqual([
      'attribution:state department',
    ])
    expect(attributions('according to the State Department.')).toEqual(['attribution:state department'])
    expect(attributions('U.N. officials said this week')).toEqual(['attribution:un'])
    expect(attributions('the ministry said in a statement')).toEqual(['attribution:ministri'])
    expect(attributions('"Yes," he said.')).toEqual(['attribution:he'])
    expect(attributions('Kirby said in a statement')).toEqual(['attribution:kirby'])
    expect(attributions('Microsoft on Tuesday said it would')).toEqual(['attribution:microsoft'])
    expect(attributions('Dean did not say whether')).toEqual(['attribution:dean'])
    expect(attributions('Kerry publicly stated that')).toEqual(['attribution:kerry'])
  })

  test('speech inside a quote is not an attribution of the segment', () => {
    expect(attributions('"The minister said no," Kirby said.')).toEqual(['attribution:kirby'])
  })
})

describe('extractAttributionFacts word order', () => {
  test('a comma before the verb needs a named source after it', () => {
    expect(attributions('The talks will go on, said Lavrov.')).toEqual(['attribution:lavrov'])
    expect(attributions('Kerry, speaking in Davos, said the talks will go on.')).toEqual([])
    expect(attributions('Mr. Obama, who spoke at the White House, said the U.S. would not')).toEqual([])
    expect(attributions('"He shot one man," said Vancouver police spokesperson Tim Fanning.')).toEqual([
      'attribution:tim fanning',
    ])
    expect(attributions('"They got out safely," Fanning said.')).toEqual(['attribution:fanning'])
    expect(attributions('"No," said Iranian Foreign Minister Mohammad Javad Zarif, adding')).toEqual([
      'attribution:mohammad javad zarif',
    ])
  })
})
