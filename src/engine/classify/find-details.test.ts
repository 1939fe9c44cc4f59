import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'

/** The claim joining two one-sentence articles. */
function claimOf(a: string, b: string) {
  return compareArticles([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]).claims[0]
}

/** The detail texts of the claim joining two one-sentence articles. */
function detailsOf(a: string, b: string): string[] {
  return claimOf(a, b)?.details.map((detail) => detail.text) ?? ['no claim']
}

describe('findDetails', () => {
  it('lists a name, date or number only one side gives, even as one word', () => {
    expect(
      detailsOf(
        'The envoy met the foreign minister in Geneva to discuss the peace talks.',
        'The envoy met the foreign minister to discuss the peace talks.',
      ),
    ).toEqual(['Geneva'])
    expect(
      detailsOf(
        'Officials said the peace talks would start in February after the delay.',
        'Officials said the peace talks would start after the delay.',
      ),
    ).toEqual(['February'])
  })

  it('takes no detail from a word that only makes a preposition', () => {
    expect(
      detailsOf(
        'Aid workers in Madaya have reported deaths due to starvation this winter.',
        'Aid workers in Madaya have reported deaths from starvation this winter.',
      ),
    ).toEqual([])
    // `due` alone, with no `to`, still says something (`the talks are due Monday`).
    expect(
      detailsOf(
        'The envoy said the delayed peace talks are now due on Monday in Geneva.',
        'The envoy said the delayed peace talks are now on Monday in Geneva.',
      ),
    ).toEqual(['due'])
  })

  it('drops a word left over from a name the other side gives in full', () => {
    expect(
      detailsOf(
        'A State Department spokesman said the peace talks would go ahead.',
        'A State spokesman said the peace talks would go ahead.',
      ),
    ).toEqual([])
  })

  it('takes no detail from a compound written as one word on one side and two on the other', () => {
    expect(
      detailsOf(
        'Federer beat Nishikori on Monday to reach the Australian Open quarter-finals.',
        'Federer beat Nishikori on Monday to reach the Australian Open quarterfinals.',
      ),
    ).toEqual([])
    expect(
      detailsOf(
        'EU ministers met in Brussels on Wednesday over the horse meat scandal.',
        'EU ministers met in Brussels on Wednesday over the horsemeat scandal.',
      ),
    ).toEqual([])
    // Two words that only sit apart (a comma between them) are no compound.
    expect(
      detailsOf(
        'The farm sold the horse, meat and grain to the buyers in Brussels.',
        'The farm sold the horsemeat to the buyers in Brussels.',
      ),
    ).toEqual(['the horse, meat and grain'])
  })

  it('takes no detail from a place one side abbreviates', () => {
    expect(
      detailsOf(
        'A gunman killed six people at an apartment complex in Hialeah, Fla., on Friday.',
        'A gunman killed six people at an apartment complex in Hialeah, Florida, on Friday.',
      ),
    ).toEqual([])
    expect(
      detailsOf(
        'A strong new quake hit the shattered Pak region on Tuesday, officials said.',
        'A strong new quake hit the shattered Pakistan region on Tuesday, officials said.',
      ),
    ).toEqual([])
  })

  it('lists a run of two or more content words only one side says', () => {
    expect(
      detailsOf(
        'The council approved the budget on Monday after a long debate.',
        'The council approved the budget on Monday after a long debate, ending a bitter standoff.',
      ),
    ).toEqual(['ending a bitter standoff'])
  })

  it('a number one side adds is a detail on an agreement; a clause of its own makes a partial', () => {
    const plain = 'The new processor was unveiled at the developer forum in San Jose on Tuesday.'
    const count =
      'The new processor was unveiled to 300 engineers at the developer forum in San Jose on Tuesday.'
    expect(claimOf(plain, count)?.status).toBe('agreement')
    expect(detailsOf(plain, count)).toEqual(['300 engineers'])
    const clause = `${plain.slice(0, -1)}, where rival chipmakers showed their cheaper mobile designs.`
    expect(claimOf(plain, clause)?.status).toBe('partial')
  })

  it('lists one word that one side adds where the other goes straight on, not one said in place of another', () => {
    expect(
      detailsOf(
        'The UN chief presses for a major boost in Syrian aid.',
        'The UN presses for a major boost in Syrian aid.',
      ),
    ).toEqual(['The UN chief'])
    // `buried` stands where the other says `killed`: another wording (or another fact), not an addition.
    expect(
      detailsOf(
        'Five hikers were buried in the Colorado avalanche on Sunday.',
        'Five hikers were killed in the Colorado avalanche on Sunday.',
      ),
    ).toEqual([])
  })

  it('takes an addition at either end of the sentence, past the first or last shared word', () => {
    expect(
      detailsOf(
        'Rescuers searched the collapsed building through the night, exhausted.',
        'Rescuers searched the collapsed building through the night.',
      ),
    ).toEqual(['exhausted'])
  })

  it('widens a fragment to the phrases it cuts, so that a detail reads as a phrase', () => {
    // The unsaid words are `step in a U.N.-backed 18` and `timeline for political change`.
    expect(
      detailsOf(
        'Talks are due to start next week, the first step in a U.N.-backed 18-month timeline for political change in Syria.',
        'Talks are due to start next week in Syria.',
      ),
    ).toEqual(['the first step in a U.N.-backed 18-month timeline for political change in Syria'])
    // A name one side writes out in full is not cut at `the United`.
    expect(
      detailsOf(
        'The official news agency and the United States Geological Survey said the quake struck the island.',
        'The United States Geological Survey said the quake struck the island.',
      ),
    ).toEqual(['The official news agency and the United States Geological Survey'])
  })

  it('closes a bracket and takes a hyphenated word whole', () => {
    expect(
      detailsOf(
        'The quake struck 58km (36 miles) off the port city on Sunday, officials said.',
        'The quake struck off the port city on Sunday, officials said.',
      ),
    ).toEqual(['58km (36 miles)'])
    expect(
      detailsOf(
        'The governor said state-run television crews reached the wrecked villages on the island.',
        'The governor said television crews reached the wrecked villages on the island.',
      ),
    ).toEqual(['state-run television crews'])
  })

  it('drops a lone verb the other side tells in its own words, and keeps a modifier as its phrase', () => {
    expect(
      detailsOf(
        'Kerry met Lavrov in Zurich on Wednesday to discuss the Syria peace talks.',
        'Kerry and Lavrov in Zurich on Wednesday to discuss the Syria peace talks.',
      ),
    ).toEqual([])
    expect(
      detailsOf(
        'UN Special Envoy for Syria Staffan de Mistura will convene the peace talks in Geneva.',
        'UN Envoy for Syria Staffan de Mistura will convene the peace talks in Geneva.',
      ),
    ).toEqual(['UN Special Envoy'])
  })

  it('counts only the new words of a phrase toward a partial claim', () => {
    const claim = claimOf(
      'The UN chief presses for a major boost in Syrian aid.',
      'The UN presses for a major boost in Syrian aid.',
    )
    expect(claim?.details.map((detail) => [detail.newWords, detail.added])).toEqual([
      [1, [{ start: 7, end: 12 }]],
    ])
    expect(claim?.status).toBe('agreement')
  })
})
