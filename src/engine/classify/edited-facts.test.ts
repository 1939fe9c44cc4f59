import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'

/**
 * One fact of one sentence edited, the rest of the article untouched: the report must hold exactly
 * one discrepancy, of the edited kind, and nothing else. Synthetic sentences, one per edit shape.
 */
function differencesOf(a: string, b: string): string[] {
  const report = compareArticles([
    { id: 'a', text: a, published: '2016-01-20' },
    { id: 'b', text: b, published: '2016-01-20' },
  ])
  return report.claims.flatMap((claim) => claim.differences.map((difference) => difference.kind))
}

const context = 'The council met for a second day in the capital. Officials declined to comment further.'

/** Puts the sentence between two unchanged ones, as in an article. */
const article = (sentence: string) => `${context.split('. ')[0]}. ${sentence} ${context.split('. ')[1]}`

describe('an edited fact is one typed difference', () => {
  const cases: [string, string, string, string][] = [
    [
      'score',
      'The Rangers beat the Flyers 9-4 in the final game.',
      'The Rangers beat the Flyers 8-4 in the final game.',
      'number',
    ],
    [
      'range',
      'The show led among adults 18-49 for the third week.',
      'The show led among adults 18-39 for the third week.',
      'number',
    ],
    [
      'size',
      'Inmates spend the day in an 8-by-12 cell near the yard.',
      'Inmates spend the day in an 8-by-14 cell near the yard.',
      'number',
    ],
    [
      'clock',
      'She died at 6:41pm in a Los Angeles hospital, her agent said.',
      'She died at 7:41pm in a Los Angeles hospital, her agent said.',
      'date',
    ],
    [
      'British clock',
      'The blaze broke out at about 8.40pm in the old mill.',
      'The blaze broke out at about 9.40pm in the old mill.',
      'date',
    ],
    [
      'time beside a day',
      'The ship was attacked at 9:25 in the morning of 10th Nov, the navy said.',
      'The ship was attacked at 8:25 in the morning of 10th Nov, the navy said.',
      'date',
    ],
    [
      'number in a quote',
      '"We lost $300,000 in July alone," the owner said at the hearing.',
      '"We lost $310,000 in July alone," the owner said at the hearing.',
      'number',
    ],
    [
      'date in a quote',
      '"The talks will begin on January 25 in Geneva," the envoy said.',
      '"The talks will begin on January 27 in Geneva," the envoy said.',
      'date',
    ],
    [
      'negation beside another',
      'Reid is not going to stay at the clinic, and there is no option of leaving.',
      'Reid is going to stay at the clinic, and there is no option of leaving.',
      'negation',
    ],
    [
      'name ending a sentence',
      'The studio confirmed the casting of Mr. Jackman.',
      'The studio confirmed the casting of Mr. Crowe.',
      'name',
    ],
    [
      'hyphenated name',
      'Troops loyal to President Bashar al-Assad retook the town on Monday.',
      'Troops loyal to President Bashar Whitfield retook the town on Monday.',
      'name',
    ],
    [
      'place beside a nationality',
      'Syrian rebels said the fighting in Aleppo had stopped on Monday.',
      'Syrian rebels said the fighting in Vienna had stopped on Monday.',
      'name',
    ],
    [
      'place named and given as a nationality',
      'The Syrian opposition wants political change in Syria before the talks.',
      'The Syrian opposition wants political change in Lebanon before the talks.',
      'name',
    ],
    [
      'magnitude',
      'The quake measured magnitude-5.4 and shook the coastal towns.',
      'The quake measured magnitude-6.4 and shook the coastal towns.',
      'number',
    ],
    [
      'count beside a count of something else',
      'He made two playoff trips in three-year stints with the club.',
      'He made three playoff trips in three-year stints with the club.',
      'number',
    ],
    [
      'negated participle',
      'The content of the new rule was not released to the public.',
      'The content of the new rule was released to the public.',
      'negation',
    ],
    [
      'speaker of reported speech',
      'State Department spokesman John Kirby said Kerry urged Russia to use its influence.',
      'State Department spokesman John Toner said Kerry urged Russia to use its influence.',
      'attribution',
    ],
    [
      'possessive name',
      "The court heard Lohan's plea for a different clinic on Monday.",
      "The court heard Spears's plea for a different clinic on Monday.",
      'name',
    ],
    [
      'one of two equal negations',
      "I'm not going to stay quiet and I'm not going to leave town.",
      "I'm going to stay quiet and I'm not going to leave town.",
      'negation',
    ],
  ]
  for (const [shape, before, after, kind] of cases) {
    it(shape, () => {
      expect(differencesOf(article(before), article(after))).toEqual([kind])
    })
  }

  it('a spelling variant of a name is no difference', () => {
    for (const [x, y] of [
      ['al-Qaeda', 'al-Qaida'],
      ['Stake', 'AtStake'],
      ['Mount Cook', 'Mt Cook'],
    ]) {
      const sentence = (name: string) => `The report said ${name} had planned the attack for months.`
      expect(differencesOf(article(sentence(x as string)), article(sentence(y as string))), x).toEqual([])
    }
  })

  it('a quote with words added around the same words is an excerpt, not another quote', () => {
    const short = '"This deal makes sense for both companies," the chief executive said on Monday.'
    const long = '"This deal makes good sense for both companies," the chief executive said on Monday.'
    expect(differencesOf(article(short), article(long))).toEqual([])
    const changed = '"This deal makes money for both companies," the chief executive said on Monday.'
    expect(differencesOf(article(short), article(changed))).toEqual(['quote'])
  })

  it('one speaker written two ways is no attribution difference; another speaker is', () => {
    const said = (speaker: string) =>
      `"We must defend those whom we dislike," said ${speaker}, a Miami lawyer.`
    expect(differencesOf(article(said('Neal R. Sonnett')), article(said('Neal Sonnett')))).toEqual([])
    expect(differencesOf(article(said('Timothy Muris')), article(said('Tim Muris')))).toEqual([])
    expect(differencesOf(article(said('John Kirby')), article(said('John Toner')))).toEqual(['attribution'])
  })

  it('a negation said in words on the other side is no flip', () => {
    const a = 'Massachusetts is one of 12 states that does not have the death penalty.'
    const b = 'Massachusetts is one of 12 states without the death penalty.'
    expect(differencesOf(article(a), article(b))).toEqual([])
    const e = 'His lawyer, Jordan Green, said he had no comment on the case on Friday.'
    const f = 'His lawyer, Jordan Green, declined to comment on the case on Friday.'
    expect(differencesOf(article(e), article(f))).toEqual([])
    const g = 'Gibson said last month that neither he nor his film is anti-Semitic.'
    const h = 'Gibson said last month that he and his film are not anti-Semitic.'
    expect(differencesOf(article(g), article(h))).toEqual([])
    const c = 'Carlson said on Tuesday he would not recuse himself from the case.'
    const d = 'Carlson said on Tuesday he refused to recuse himself from the case.'
    expect(differencesOf(article(c), article(d))).toEqual([])
    const i = 'If the subsidies are not repealed, the European Union is threatening trade sanctions.'
    const j = 'The European Union is threatening trade sanctions unless the subsidies are repealed.'
    expect(differencesOf(article(i), article(j))).toEqual([])
  })

  it('a negation whose next words are all function words still flips, and so does one ending a sentence', () => {
    const a = "Throw out the fact that the champion isn't what he once was."
    expect(differencesOf(article(a), article(a.replace("isn't", 'is')))).toEqual(['negation'])
    const b = 'The producers are betting that Broadway can do what comedy could not.'
    expect(differencesOf(article(b), article(b.replace(' not.', '.')))).toEqual(['negation'])
    // A negation both sides keep flips nothing.
    const c = 'He said he would go to the hearing, but she did not.'
    expect(differencesOf(article(c), article(c))).toEqual([])
  })

  it('a pseudo-negation flips nothing; a real one beside it still does', () => {
    const a = "Florida's primary isn't until March 9, after 28 other states vote."
    const b = "Florida's primary will be March 9, after 28 other states vote."
    expect(differencesOf(article(a), article(b))).toEqual([])
    const c = 'The board issued a vote of no confidence in the chairman last week.'
    const d = 'The board issued a no-confidence vote in the chairman last week.'
    expect(differencesOf(article(c), article(d))).toEqual([])
    const e = 'Not surprisingly, the committee will not approve the budget on Monday.'
    const f = 'Not surprisingly, the committee will approve the budget on Monday.'
    expect(differencesOf(article(e), article(f))).toEqual(['negation'])
  })

  it('a hedged round number is the exact value rounded, not another number', () => {
    const exact = 'Atkins dieters had lost an average of 14.7 pounds after three months.'
    expect(differencesOf(article(exact), article(exact.replace('14.7', 'about 15')))).toEqual([])
    expect(differencesOf(article(exact), article(exact.replace('14.7', '15')))).toEqual(['number'])
    const crowd = 'About 4,000 people marched in the capital on Sunday.'
    expect(differencesOf(article(crowd), article(crowd.replace('4,000', '4,100')))).toEqual(['number'])
    expect(differencesOf(article(crowd), article(crowd.replace('About 4,000', '3,500')))).toEqual(['number'])
  })

  // Found by `npm run eval -- --set edits` on real articles.
  it('a place that opens a sentence is a name like any other', () => {
    const sentence = (place: string) =>
      `${place} inmate Arcade Comeaux escaped while being moved to a prison.`
    expect(differencesOf(article(sentence('Texas')), article(sentence('Oklahoma')))).toEqual(['name'])
    const team = (city: string) => `${city} 76ers management fired head coach Maurice Cheeks on Saturday.`
    expect(differencesOf(article(team('Philadelphia')), article(team('Boston')))).toEqual(['name'])
  })

  it('one of two mentions of a place changed is a name difference at that mention', () => {
    const trip = (first: string) =>
      `He was en route from the Estelle Unit in Huntsville, ${first}, to the Stiles Unit in Beaumont, Texas, when he escaped.`
    const report = compareArticles([
      { id: 'a', text: article(trip('Texas')) },
      { id: 'b', text: article(trip('Oklahoma')) },
    ])
    const differences = report.claims.flatMap((claim) => claim.differences)
    expect(differences.map((difference) => difference.kind)).toEqual(['name'])
    // The first `Texas`, the one that was changed, not the one both still say.
    const span = differences[0]?.spans?.find((s) => s.doc === 'a')
    expect(span?.start).toBe(article(trip('Texas')).indexOf('Huntsville, Texas') + 'Huntsville, '.length)
  })

  it('a year does not vouch for a day when the other side gives another day', () => {
    // Undated articles, so `April 11` keeps no year of its own and `2009` could hold it.
    const undated = (a: string, b: string) =>
      compareArticles([
        { id: 'a', text: article(a) },
        { id: 'b', text: article(b) },
      ]).claims.flatMap((claim) => claim.differences.map((difference) => difference.kind))
    const sentence = (day: string) =>
      `The free-agent first baseman will be 29 on ${day}, coinciding with the opening week of the 2009 season.`
    expect(undated(sentence('April 11'), sentence('April 13'))).toEqual(['date'])
    // A day the other side leaves at the year is still no conflict.
    const vague = 'The free-agent first baseman will be 29 in the opening week of the 2009 season.'
    expect(undated(sentence('April 11'), vague)).toEqual([])
  })

  it('a number or time left as it was is no difference', () => {
    const sentence = 'The Rangers beat the Flyers 9-4 at 6:41pm in an 8-by-12 arena.'
    expect(differencesOf(article(sentence), article(sentence))).toEqual([])
  })
})
