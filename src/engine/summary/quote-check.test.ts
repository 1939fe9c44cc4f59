import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'
import { listQuotes } from './list-quotes.ts'
import { reviewReport } from './review.ts'

/** The quote-check verdict of the first claim that two invented articles share. */
function verdictOf(a: string, b: string): string | undefined {
  const report = compareArticles([
    { id: 'a', text: a, published: '2016-01-20' },
    { id: 'b', text: b, published: '2016-01-20' },
  ])
  return reviewReport(report, {}, listQuotes(report)).quotes.find((row) => row.claim !== null)?.verdict
}

describe('quoteCheck', () => {
  const about = 'the election commission spokesman said of the vote in the capital on Monday.'
  it('never calls two different sentences quoted alike', () => {
    expect(
      verdictOf(
        `"We don't know the actual date yet," ${about}`,
        `"Various dates have been named for it," ${about}`,
      ),
    ).toBe('distinct')
  })

  it('still calls one sentence, or an excerpt of it, quoted alike', () => {
    const said = `"The vote will be held in March as planned," ${about}`
    expect(verdictOf(said, said)).toBe('same')
    expect(verdictOf(said, `"The vote will be held in March," ${about}`)).toBe('same')
  })
})
