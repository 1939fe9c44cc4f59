import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'
import type { Claim } from '../types.ts'

/** The claim joining two one-sentence articles, if any. */
function claimOf(a: string, b: string, threshold?: number): Claim | undefined {
  const report = compareArticles(
    [
      { id: 'a', text: a, published: '2016-01-20' },
      { id: 'b', text: b, published: '2016-01-20' },
    ],
    { threshold },
  )
  return report.claims[0]
}

const kinds = (claim: Claim | undefined) => claim?.differences.map((d) => d.kind) ?? ['no claim']

describe('classifyClaim', () => {
  it('never flags equivalent forms', () => {
    const pairs: [string, string][] = [
      [
        'The talks will convene in Geneva on Jan. 25, officials said.',
        'The talks will convene in Geneva on January 25, officials said.',
      ],
      [
        'The U.N. envoy said five aid convoys reached Madaya.',
        'The UN envoy said 5 aid convoys reached Madaya.',
      ],
      [
        'Lavrov called them "terrorist organisations" on Wednesday.',
        'Lavrov called them “terrorist organizations” on Wednesday.',
      ],
      [
        'The talks must start soon, Lavrov said in Zurich.',
        'Lavrov said in Zurich the talks must start soon.',
      ],
    ]
    for (const [a, b] of pairs) {
      const claim = claimOf(a, b)
      expect(claim, a).toBeDefined()
      expect(kinds(claim), a).toEqual([])
    }
  })

  it('flags a changed number with each side’s value and where it sits', () => {
    const a = 'Ban Ki-moon said 400,000 Syrians are trapped in besieged communities.'
    const b = 'Ban Ki-moon said 40,000 Syrians are trapped in besieged communities.'
    const claim = claimOf(a, b)
    expect(claim?.status).toBe('discrepancy')
    const difference = claim?.differences[0]
    expect(difference?.kind).toBe('number')
    expect(difference?.values).toEqual({ a: '400,000', b: '40,000' })
    expect(difference?.explanation).toBe('Number differs: 400,000 in a, 40,000 in b')
    expect(difference?.spans).toEqual([
      { doc: 'a', start: a.indexOf('400,000'), end: a.indexOf('400,000') + 7 },
      { doc: 'b', start: b.indexOf('40,000'), end: b.indexOf('40,000') + 6 },
    ])
  })

  it('flags an updated count of the same thing, with its verb reworded between', () => {
    const claim = claimOf(
      'Officials said the death toll from the building collapse near Dhaka hits 362.',
      'Officials said the death toll from the building collapse near Dhaka climbs to 580.',
    )
    expect(claim?.status).toBe('discrepancy')
    expect(claim?.differences.map((difference) => difference.explanation)).toEqual([
      'Number differs: 362 in a, 580 in b',
    ])
    expect(claim?.details).toEqual([])
  })

  it('flags a differently worded quote, not a shorter excerpt of it', () => {
    const said = '"The political process will begin, we hope, as soon as possible," Lavrov said.'
    const reworded = '"The political process will begin, we hope, in the nearest future," Lavrov said.'
    const excerpt = '"The political process will begin," Lavrov said.'
    expect(kinds(claimOf(said, reworded))).toEqual(['quote'])
    expect(kinds(claimOf(said, excerpt))).toEqual([])
  })

  it('flags a negated statement, not a detail one side lacks', () => {
    expect(
      kinds(claimOf('Russia will attend the Geneva talks.', 'Russia will not attend the Geneva talks.')),
    ).toEqual(['negation'])
    const partial = claimOf(
      'Kerry met Lavrov in Zurich on Wednesday.',
      'Kerry met Lavrov in Zurich on Wednesday before flying by helicopter to the Davos forum.',
    )
    expect(partial?.status).toBe('partial')
    expect(partial?.details.map((detail) => detail.doc)).toEqual(['b'])
  })

  it('reads a negative said in words as no flip', () => {
    const ventilator = 'consciousness and was still on a ventilator, police said.'
    expect(
      kinds(claimOf(`Riva had yet to regain ${ventilator}`, `Riva had not yet regained ${ventilator}`)),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          'Officials were unsure whether the fire was connected to the campaign.',
          'Officials did not know whether the fire was connected to the campaign.',
        ),
      ),
    ).toEqual([])
    expect(
      kinds(claimOf(`Riva had regained ${ventilator}`, `Riva had not yet regained ${ventilator}`)),
    ).toEqual(['negation'])
  })

  it('flags a changed date but not a date one side lacks', () => {
    expect(
      kinds(claimOf('The talks open in Geneva on January 25.', 'The talks open in Geneva on January 29.')),
    ).toEqual(['date'])
    expect(kinds(claimOf('The talks open in Geneva on January 25.', 'The talks open in Geneva.'))).toEqual([])
  })

  it('flags a changed calendar date even when both sides give the same weekday', () => {
    expect(
      kinds(
        claimOf(
          'Reid checked herself in on Tuesday, December 9, 2008.',
          'Reid checked herself in on Tuesday, December 11, 2008.',
        ),
      ),
    ).toEqual(['date'])
  })

  it('flags a swapped name once, and a swapped speaker (quoted or reported) as attribution', () => {
    expect(
      kinds(
        claimOf(
          'The jury heard District Attorney Paul Howard in court on Friday.',
          'The jury heard District Attorney Margaret Okonkwo in court on Friday.',
        ),
      ),
    ).toEqual(['name'])
    // Who said it: the name is the source of `said` on both sides.
    expect(
      kinds(
        claimOf(
          'District Attorney Paul Howard said the jury had spoken clearly.',
          'District Attorney Margaret Okonkwo said the jury had spoken clearly.',
        ),
      ),
    ).toEqual(['attribution'])
    expect(
      kinds(
        claimOf(
          '"The timing could not be worse for the studio," said Ron Howard.',
          '"The timing could not be worse for the studio," said Margaret Okonkwo.',
        ),
      ),
    ).toEqual(['attribution'])
  })

  it('reads a party and state however it is written, and a described speaker as no other person', () => {
    expect(
      kinds(
        claimOf(
          'The bill was backed by Rep. Marsha Blackburn, R-Tenn., on Tuesday.',
          'The bill was backed by Rep. Marsha Blackburn, Republican of Tennessee, on Tuesday.',
        ),
      ),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          'Senator Tom Daschle, D-S.D., opposed the bill.',
          'Senator Tom Daschle, the South Dakota Democrat, opposed the bill.',
        ),
      ),
    ).toEqual([])
    // Another state is another politician.
    expect(
      kinds(
        claimOf(
          'Senator Tom Daschle, D-S.D., opposed the bill.',
          'Senator Tom Daschle, D-N.D., opposed the bill.',
        ),
      ),
    ).toEqual(['name'])
    const quote = '"By its actions, the administration threatens to give a bad name to a just war,"'
    expect(
      kinds(claimOf(`${quote} Lieberman said.`, `${quote} the Connecticut Democrat told a news conference.`)),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          `${quote} the Texas Republican said.`,
          `${quote} the Connecticut Democrat told a news conference.`,
        ),
      ),
    ).toEqual(['attribution'])
  })

  it('flags two dates only when they date the same thing', () => {
    // One event's two moments, each with its own verb: two details, no discrepancy.
    const moments = claimOf(
      'Police identified the victim on Thursday as Ann Cole, 66, of Burnsville, who was struck by a car.',
      'Ann Cole, 66, of Burnsville was struck by a car and killed on Wednesday night, police said.',
    )
    expect(moments).toBeDefined()
    expect(kinds(moments)).toEqual([])
    // The same act dated two ways is a discrepancy.
    expect(
      kinds(
        claimOf(
          'Police identified the victim on Wednesday as Ann Cole, 66, of Burnsville, who was struck by a car.',
          'Police identified the victim on Thursday as Ann Cole, 66, of Burnsville, who was struck by a car.',
        ),
      ),
    ).toEqual(['date'])
  })

  it('reads a short given name as the formal one', () => {
    const sheriff = (name: string) => `The arrest was confirmed by ${name} Smith, the county sheriff.`
    expect(kinds(claimOf(sheriff('Bob'), sheriff('Robert')))).toEqual([])
    expect(kinds(claimOf(sheriff('Kate'), sheriff('Catherine')))).toEqual([])
    expect(kinds(claimOf(sheriff('Bob'), sheriff('William')))).toEqual(['name'])
  })

  it('never pairs two roads of one sentence as rival counts; another road number differs', () => {
    expect(
      kinds(
        claimOf(
          'He was driving east on state Route 52 near Interstate 805 just after 2:30 a.m.',
          'He was driving east on state Route 52 just after 2:30 a.m. when he was stopped.',
        ),
      ),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          'He was driving east on Route 52 before dawn.',
          'He was driving east on Route 25 before dawn.',
        ),
      ),
    ).toEqual(['number'])
  })

  it('compares a rank with ranks only', () => {
    const series = (count: string) =>
      `Weitz will direct the second film of Meyer's ${count} series for the studio.`
    expect(kinds(claimOf(series('four-book'), series('vampire')))).toEqual([])
    expect(
      // Joined below the learned cut: what is tested is how the claim's numbers are compared.
      kinds(
        claimOf('He is in his 19th season with the team.', 'He has spent 19 seasons with the team.', 0.2),
      ),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          'Klitschko stopped Rahman in the seventh round on Saturday.',
          'Klitschko stopped Rahman in the sixth round on Saturday.',
        ),
      ),
    ).toEqual(['number'])
  })

  it('keeps a country’s two names as one place', () => {
    expect(
      kinds(
        claimOf(
          'The junta in Myanmar freed the opposition leader on Saturday.',
          'The junta in Burma freed the opposition leader on Saturday.',
        ),
      ),
    ).toEqual([])
    expect(
      kinds(
        claimOf(
          'The junta in Myanmar freed the opposition leader on Saturday.',
          'The junta in Thailand freed the opposition leader on Saturday.',
        ),
      ),
    ).toEqual(['name'])
  })

  it('flags opposite wording between closely aligned sides', () => {
    const claim = claimOf(
      'Shares of the company rose sharply on Monday.',
      'Shares of the company fell sharply on Monday.',
    )
    expect(kinds(claim)).toEqual(['other'])
    expect(claim?.differences[0]?.explanation).toBe('Opposite wording: rose in a, fell in b')
  })

  it('lists every document’s value when three reports disagree on a number', () => {
    const report = compareArticles([
      { id: 'a', text: 'Ban Ki-moon said 400,000 Syrians are trapped in besieged towns.' },
      { id: 'b', text: 'Ban Ki-moon said 400,000 Syrians are trapped in besieged towns.' },
      { id: 'c', text: 'Ban Ki-moon said 40,000 Syrians are trapped in besieged towns.' },
    ])
    expect(report.claims).toHaveLength(1)
    expect(report.claims[0]?.differences.map((d) => d.values)).toEqual([
      { a: '400,000', b: '400,000', c: '40,000' },
    ])
  })
})

describe('names said together', () => {
  const reports = (texts: string[]) =>
    compareArticles(
      texts.map((text, at) => ({ id: `d${at}`, text, published: '2013-01-12' })),
      { threshold: 0.1 },
    )
  const chargers = "Chargers' Jackson arrested on suspicion of drunk driving"
  const sanDiego = "San Diego's Jackson arrested on suspicion of drunk driving"

  it('are no rival values when a third outlet puts them together (a team and its city)', () => {
    const pair = reports([chargers, sanDiego])
    expect(pair.claims[0]?.differences.map((d) => d.kind)).toContain('name')
    const witnessed = reports([
      chargers,
      sanDiego,
      'San Diego Chargers receiver Jackson arrested on suspicion of drunk driving',
    ])
    expect(witnessed.claims).toHaveLength(1)
    expect(witnessed.claims[0]?.differences.map((d) => d.kind)).not.toContain('name')
  })
})
