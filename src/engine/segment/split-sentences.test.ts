import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.ts'

/** The sentences of a one-paragraph text, joined by ` | ` for a compact expected value. */
function split(text: string): string {
  return splitSentences(text, 0, text.length)
    .map((range) => text.slice(range.start, range.end))
    .join(' | ')
}

describe('splitSentences', () => {
  it('splits at periods, question marks and exclamation marks before a capital', () => {
    expect(split('Talks failed. Why? Nobody knows! They will meet again.')).toBe(
      'Talks failed. | Why? | Nobody knows! | They will meet again.',
    )
  })

  it.each([
    [
      'the U.N. envoy',
      'The U.N. envoy met the U.S. delegation. They talked.',
      'The U.N. envoy met the U.S. delegation. | They talked.',
    ],
    [
      'U.N.-backed',
      'It is a U.N.-backed plan. It starts soon.',
      'It is a U.N.-backed plan. | It starts soon.',
    ],
    [
      'a title before a name',
      'U.N. Secretary-General Ban Ki-moon spoke. He left.',
      'U.N. Secretary-General Ban Ki-moon spoke. | He left.',
    ],
    [
      'a dotted acronym that ends a sentence',
      'They flew to the U.S. The talks then began.',
      'They flew to the U.S. | The talks then began.',
    ],
    [
      'month abbreviations',
      'Talks start on Jan. 25 in Geneva. Delegates arrive Feb. 1.',
      'Talks start on Jan. 25 in Geneva. | Delegates arrive Feb. 1.',
    ],
    [
      'Mr, Dr., Gen., Sen., St.',
      'Mr Smith met Dr. Jones, Gen. Lee, Sen. Kay and St. Clair. All agreed.',
      'Mr Smith met Dr. Jones, Gen. Lee, Sen. Kay and St. Clair. | All agreed.',
    ],
    [
      'a.m. before a weekday',
      'It began at 9 a.m. Tuesday in Zurich. It ended late.',
      'It began at 9 a.m. Tuesday in Zurich. | It ended late.',
    ],
    [
      'a.m. ending a sentence',
      'It began at 9 a.m. The talks lasted hours.',
      'It began at 9 a.m. | The talks lasted hours.',
    ],
    [
      'No. 5',
      'He ranked No. 5 in the poll. She ranked first.',
      'He ranked No. 5 in the poll. | She ranked first.',
    ],
    [
      'initials',
      'John F. Kennedy and George W. Bush were presidents. Both spoke.',
      'John F. Kennedy and George W. Bush were presidents. | Both spoke.',
    ],
    [
      'decimals and money',
      'Aid rose 1.2 percent to $2.5 billion. It was not enough.',
      'Aid rose 1.2 percent to $2.5 billion. | It was not enough.',
    ],
    [
      'e.g. and etc.',
      'Some groups, e.g. Ahrar al-Sham, were excluded. Others etc. Then more.',
      'Some groups, e.g. Ahrar al-Sham, were excluded. | Others etc. | Then more.',
    ],
  ])('survives %s', (_, text, expected) => {
    expect(split(text)).toBe(expected)
  })

  it('keeps an ellipsis inside a sentence and splits after one before a capital', () => {
    expect(split('He paused … and went on. Then... Silence.')).toBe(
      'He paused … and went on. | Then... | Silence.',
    )
  })

  it('keeps a quoted question or exclamation with its attribution', () => {
    expect(
      split('"What else could it be?" Yanes said. "It\'s official!" DeGeneres tweeted Friday. Then.'),
    ).toBe('"What else could it be?" Yanes said. | "It\'s official!" DeGeneres tweeted Friday. | Then.')
    expect(split('"Is it over?" The crowd went quiet.')).toBe('"Is it over?" | The crowd went quiet.')
  })

  it.each([
    [
      'an abbreviation in brackets',
      'He starred at Cinnaminson (N.J.) High School. Then he left.',
      'He starred at Cinnaminson (N.J.) High School. | Then he left.',
    ],
    [
      'police and legal titles',
      'Police Const. Tim Fanning and Dist. Atty. Steve Cooley spoke. Dep. Ortiz died.',
      'Police Const. Tim Fanning and Dist. Atty. Steve Cooley spoke. | Dep. Ortiz died.',
    ],
    [
      'initials after a hyphen or slash',
      'Rep. Nick Rahall, D-W.Va., spoke, like Randy Wittman/P.J. Carlesimo. Both agreed.',
      'Rep. Nick Rahall, D-W.Va., spoke, like Randy Wittman/P.J. Carlesimo. | Both agreed.',
    ],
    [
      'company names before a bracket',
      'Retailers J.C. Penney Co. Inc. (JCP) and Walgreen Co. (WAG) rose. Others fell.',
      'Retailers J.C. Penney Co. Inc. (JCP) and Walgreen Co. (WAG) rose. | Others fell.',
    ],
    [
      'plural titles and times',
      'Sens. John Kerry and Lieut. Mothana Ali left at 2:05 p.m. (7:05 p.m. GMT) on Sunday. Both spoke.',
      'Sens. John Kerry and Lieut. Mothana Ali left at 2:05 p.m. (7:05 p.m. GMT) on Sunday. | Both spoke.',
    ],
    [
      'tokenised punctuation',
      'Jesse Jackson Jr. , wife plead guilty in the U.S. - as expected. Then.',
      'Jesse Jackson Jr. , wife plead guilty in the U.S. - as expected. | Then.',
    ],
    [
      'a period after a space',
      'He fired a .38 revolver and hit . 308 in May. 3 people saw it.',
      'He fired a .38 revolver and hit . 308 in May. 3 people saw it.',
    ],
  ])('survives %s', (_, text, expected) => {
    expect(split(text)).toBe(expected)
  })

  it('keeps a stray closing quote with the sentence before it', () => {
    expect(split('She left. I\'m not just a party girl. "')).toBe('She left. | I\'m not just a party girl. "')
  })

  it('keeps a question or exclamation followed by lower case together', () => {
    expect(split('"Why now?" he asked. "Go!" she said.')).toBe('"Why now?" he asked. | "Go!" she said.')
  })

  it('keeps a quote that closes later in the paragraph whole, with its attribution', () => {
    expect(split('"We agree. We hope so," she said. "Another thing."')).toBe(
      '"We agree. We hope so," she said. | "Another thing."',
    )
    expect(split('“We agree. We hope so,” she said. “Another thing.”')).toBe(
      '“We agree. We hope so,” she said. | “Another thing.”',
    )
  })

  it('splits inside a quote that runs on into the next paragraph', () => {
    expect(split('"We do not know the date. We will go forward.')).toBe(
      '"We do not know the date. | We will go forward.',
    )
  })

  it('splits a very long quote at its sentence ends', () => {
    const long = `"${'The talks will go on. '.repeat(40)}" he said.`
    expect(splitSentences(long, 0, long.length).length).toBeGreaterThan(30)
  })

  it('keeps list markers with their item', () => {
    expect(split('1. The first item is here.')).toBe('1. The first item is here.')
    expect(split('• Talks start next week. Delegates disagree.')).toBe(
      '• Talks start next week. | Delegates disagree.',
    )
    expect(split('- A dash item')).toBe('- A dash item')
  })

  it('ends a sentence after a closing parenthesis or quote', () => {
    expect(split('He left (for good.) Then she spoke. It was "final." Done.')).toBe(
      'He left (for good.) | Then she spoke. | It was "final." | Done.',
    )
  })

  it('splits CJK sentences without spaces', () => {
    expect(split('会谈失败了。双方将再次会面！')).toBe('会谈失败了。 | 双方将再次会面！')
  })

  it('works on a range inside a longer text and trims each sentence', () => {
    const text = 'xx   First one.  Second one.   yy'
    const ranges = splitSentences(text, 2, text.length - 2)
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['First one.', 'Second one.'])
  })
})
