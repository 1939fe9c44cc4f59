import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles.ts'

/**
 * A document that states a claim twice (a lede and a later recap) must not hide a changed fact:
 * compared as a whole side, its second statement repeating the value would vouch for the first.
 */
describe('a claim a document states twice', () => {
  const original = [
    'Lindsay Lohan left a rehab facility in Newport Beach on Thursday and checked into the Betty Ford Center.',
    'Her lawyer said the move was approved by the court.',
    'Prosecutors had asked for jail time after a car crash in Santa Monica last June.',
    'The actress left the Newport Beach rehab facility on Thursday and checked into Betty Ford, her lawyer said.',
  ].join(' ')
  const edited = original.replace('Newport Beach on Thursday', 'Newport Beach on Saturday')

  it('flags the weekday changed in one statement although the other repeats the original', () => {
    const report = compareArticles([
      { id: 'original', text: original },
      { id: 'edited', text: edited },
    ])
    const kinds = report.claims.flatMap((claim) => claim.differences.map((difference) => difference.kind))
    expect(kinds).toEqual(['date'])
    const [difference] = report.claims.flatMap((claim) => claim.differences)
    expect(difference?.values).toEqual({ original: 'Thursday', edited: 'Saturday' })
  })
})
