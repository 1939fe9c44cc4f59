import { describe, expect, it } from 'vitest'
import {
  editMonthDay,
  editNegation,
  editNumber,
  editQuoteWord,
  editWeekday,
  placeEditor,
  surnameEditor,
} from './fact-edits.ts'

describe('fact edits for the edited-facts evaluation', () => {
  it('changes a count, never a year, a day of a month, a time or a number inside a word', () => {
    expect(editNumber('Police said 12 people were hurt in 2009.')?.edited).toBe(
      'Police said 14 people were hurt in 2009.',
    )
    expect(editNumber('About 1,200 homes lost power.')?.edited).toBe('About 1,440 homes lost power.')
    expect(editNumber('It happened on Nov 11 at 9:30 in 2009.')).toBeNull()
    expect(editNumber('The release date is 22 November 2013.')).toBeNull()
    expect(editNumber('The Philadelphia 76ers won in the late 90s.')).toBeNull()
  })

  it('moves a weekday or a day of a month, and leaves a span of days alone', () => {
    expect(editWeekday('The fire began on Friday night.')?.edited).toBe('The fire began on Sunday night.')
    expect(editMonthDay('The talks open on January 25 in Geneva.')?.edited).toBe(
      'The talks open on January 27 in Geneva.',
    )
    expect(editMonthDay('A seminar runs on October 1-2 in Ashgabat.')).toBeNull()
  })

  it('takes a negation out, spelled or contracted', () => {
    expect(editNegation('He did not attend the hearing.')?.edited).toBe('He did attend the hearing.')
    expect(editNegation("She isn't running again.")?.edited).toBe('She is running again.')
    expect(editNegation('Nobody came.')).toBeNull()
  })

  it('changes a word of a real quote, not the text between two quoted titles', () => {
    const titles = 'She starred in "American Pie" and appeared on the show "Scrubs," reports said.'
    expect(editQuoteWord(titles)).toBeNull()
    expect(editQuoteWord('"We will rebuild every single house," the mayor said.')?.edited).toBe(
      '"We will harbour every single house," the mayor said.',
    )
  })

  it('swaps a place for one the article does not name, and a surname after a first name', () => {
    const article = 'The inmate escaped in Texas. Officials in Texas said Comeaux was armed.'
    expect(placeEditor(article)('The inmate escaped in Texas.')?.edited).toBe(
      'The inmate escaped in Afghanistan.',
    )
    const story = 'Maurice Cheeks was fired. Cheeks said nothing. The Greek government agreed.'
    expect(surnameEditor(story)('Maurice Cheeks was fired.')?.edited).toBe('Maurice Hendricks was fired.')
    expect(
      surnameEditor('The Greek side. The Greek team. The Greek fans.')('The Greek government agreed.'),
    ).toBeNull()
  })
})
