import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'

const claim =
  'McConnell and 43 other Republicans voted Tuesday that the impeachment trial is unconstitutional.'
const article =
  'The arguments on Wednesday will come a day after the Senate voted to move ahead with the trial even though ' +
  'Trump lawyers argued that it was unconstitutional because he had left office. Lawyers for both sides met in ' +
  'the capitol. Snow fell across the city overnight.'

describe('groupClaims', () => {
  it('joins a one-statement document to its closest sentence on weaker evidence', () => {
    const report = compareArticles([
      { id: 'a', text: claim },
      { id: 'b', text: article },
    ])
    expect(report.claims.map((found) => found.segments)).toEqual([['a:0', 'b:0']])
    expect(report.claims[0]?.score).toBeLessThan(0.38)
  })

  it('does not search an article of many sentences on that evidence', () => {
    const report = compareArticles([
      { id: 'a', text: `${claim} The vote was close. Protesters gathered outside.` },
      { id: 'b', text: article },
    ])
    expect(report.claims).toEqual([])
  })
})
