import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { describeLink } from './link-evidence.ts'
import { matchProbability } from './match-model.ts'
import { MATCH_MODEL } from './match-weights.generated.ts'
import { pairFeatures } from './pair-features.ts'

/** The link the engine would report between the first sentences of two documents. */
function linkOf(first: string, second: string) {
  const { profiles } = analyseArticles([
    { id: 'a', text: first },
    { id: 'b', text: second },
  ])
  const [a, b] = profiles
  if (a === undefined || b === undefined) throw new Error('expected two profiles')
  const evidence = pairFeatures(a, b)
  const probability = matchProbability(MATCH_MODEL, evidence.values)
  return describeLink({ a: 0, b: 1, probability }, evidence, profiles, MATCH_MODEL)
}

describe('describeLink', () => {
  it('names the shared names and the synonyms in one line, and gives the aligned words', () => {
    const link = linkOf(
      'On Monday Kerry urged Lavrov to postpone the talks.',
      'Kerry asked Lavrov on Monday to delay the negotiations.',
    )
    expect(link).toMatchObject({ from: 'a:0', to: 'b:0' })
    expect(link.summary).toMatch(/^both say (Monday, Kerry, Lavrov|Kerry, Lavrov, Monday)/)
    expect(link.summary).toContain("'postpone' ≈ 'delay'")
    expect(link.words).toContainEqual({ from: 'talks', to: 'negotiations', kind: 'synonym' })
  })

  it('lists the reasons that weighed most, strongest first, each in words with its sign', () => {
    const link = linkOf('The blast killed 12 people in Kabul.', 'The blast killed 15 people in Kabul.')
    expect(link.reasons.length).toBeGreaterThan(0)
    const sizes = link.reasons.map((reason) => Math.abs(reason.logOdds))
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
    const numbers = link.reasons.find((reason) => reason.feature === 'numbersApart')
    if (numbers) {
      expect(numbers.text).toBe('their numbers all differ')
      expect(numbers.logOdds).toBeLessThan(0)
    }
    for (const reason of link.reasons) expect(reason.text).not.toBe('')
  })

  it('lists no reason whose sign goes against its words, and none that every pair shares', () => {
    // Words that say the pair is alike, and words that say it is not.
    const alike =
      /counterpart|worded much alike|same numbers|same people|neither adds|says enough|similar length/
    const apart =
      /no counterpart|wording differs|numbers all differ|says much the other|only one is negated|different places/
    const pairs = [
      [
        'On Monday Kerry urged Lavrov to postpone the talks.',
        'Kerry asked Lavrov on Monday to delay the negotiations.',
      ],
      ['The blast killed 12 people in Kabul.', 'The blast killed 15 people in Kabul.'],
      [
        'Police arrested two drug trafficking suspects in Honduras.',
        'Bulgarian police arrest a drug gang head.',
      ],
      [
        'Lavrov met on Wednesday with US Secretary of State John Kerry in Switzerland to bridge the divide.',
        'Secretary of State John Kerry held talks with Russian Foreign Minister Sergey Lavrov Wednesday.',
      ],
    ] as const
    for (const [first, second] of pairs) {
      for (const reason of linkOf(first, second).reasons) {
        if (apart.test(reason.text)) expect(reason.logOdds, reason.text).toBeLessThan(0)
        else if (alike.test(reason.text)) expect(reason.logOdds, reason.text).toBeGreaterThan(0)
        expect(reason.features ?? []).not.toContain('singleStatement')
        expect(Math.abs(reason.logOdds)).toBeGreaterThanOrEqual(0.05)
      }
    }
  })

  it('says so when two segments share no word', () => {
    expect(linkOf('Snow fell overnight.', 'Markets rallied.').summary).toBe('no words in common')
  })

  it('reads each aspect as a whole, so what the words tie together is not listed against the match', () => {
    const link = linkOf(
      'On Monday Kerry urged Lavrov to postpone the Geneva talks on Syria.',
      'Kerry urged Lavrov on Monday to delay the Syria talks in Geneva.',
    )
    const words = link.reasons.find((reason) => reason.feature === 'coverMin')
    expect(words).toMatchObject({ text: 'most words of both have a counterpart' })
    expect(words?.logOdds).toBeGreaterThan(0)
    expect(words?.features).toEqual(expect.arrayContaining(['coverMin', 'alignedWeight']))
    // Each aspect is listed once, under its main feature.
    const mains = link.reasons.map((reason) => reason.feature)
    expect(new Set(mains).size).toBe(mains.length)
  })

  it('names the other words said alike after the names, so a quote repeated word for word shows its words', () => {
    const link = linkOf(
      '"The political process will begin at the end of January," he said.',
      '"The political process will begin during January," he said.',
    )
    expect(link.summary).toMatch(/^both say January, political, process, begin/)
  })
})
