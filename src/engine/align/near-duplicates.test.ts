import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { MATCH_MODEL } from './match-weights.generated.ts'
import {
  directPairProbability,
  PLACE_FEATURES,
  PLACE_FIELDS,
  twinClasses,
  twinPairProbability,
} from './near-duplicates.ts'
import { PAIR_FEATURES, pairFeatures } from './pair-features.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** Sentences wire copy repeats across outlets, some with a light edit. */
const WIRE = [
  'Kerry and Lavrov met in Zurich on Wednesday to discuss the Syria talks.',
  'The talks are due to start in Geneva on January 25, a UN spokesman said.',
  'Russia did not agree on which rebel groups should be invited.',
  'About 400,000 people have been killed in the war, the UN says.',
  'The talks are due to start in Geneva on January 26, a UN spokesman said.',
  'He said the meeting was "constructive" and that work would continue.',
]

/** Profiles of articles made of the given sentences (indices into WIRE), one article per list. */
function profilesOf(articles: readonly (readonly number[])[]): SegmentProfile[] {
  return analyseArticles(
    articles.map((sentences, at) => ({
      id: `outlet-${at}`,
      text: `Syria talks in doubt\n\n${sentences.map((index) => WIRE[index]).join(' ')}`,
    })),
  ).profiles
}

/** Every ordered pair of profiles from different documents. */
function crossPairs(profiles: readonly SegmentProfile[]): [number, number][] {
  return profiles.flatMap((a) =>
    profiles.filter((b) => b.docIndex !== a.docIndex).map((b): [number, number] => [a.index, b.index]),
  )
}

describe('twinClasses', () => {
  it('puts copies of one sentence in one class and an edited copy in another', () => {
    const profiles = profilesOf([
      [0, 1, 2],
      [2, 0, 4],
    ])
    const { classOf } = twinClasses(profiles)
    const classOfText = (doc: number, text: string) =>
      classOf[profiles.findIndex((p) => p.docIndex === doc && p.segment.text === text)]
    expect(classOfText(0, WIRE[0] as string)).toBe(classOfText(1, WIRE[0] as string))
    expect(classOfText(0, WIRE[2] as string)).toBe(classOfText(1, WIRE[2] as string))
    expect(classOfText(0, WIRE[1] as string)).not.toBe(classOfText(1, WIRE[4] as string))
  })
})

describe('twinPairProbability', () => {
  it('gives every pair exactly the probability its own features give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: WIRE.length - 1 }), { minLength: 1, maxLength: 5 }), {
          minLength: 2,
          maxLength: 4,
        }),
        (articles) => {
          const profiles = profilesOf(articles)
          const twins = twinPairProbability(profiles, MATCH_MODEL)
          const direct = directPairProbability(profiles, MATCH_MODEL)
          for (const [a, b] of crossPairs(profiles)) expect(twins(a, b)).toBe(direct(a, b))
        },
      ),
      { numRuns: 40 },
    )
  })

  it('changes only the place features when a segment moves', () => {
    const profiles = profilesOf([
      [0, 1, 2, 3],
      [3, 2, 5, 0],
    ])
    const places = [
      { rank: 0, docSize: 1, role: 'headline' },
      { rank: 1, docSize: 5, role: 'body' },
      { rank: 7, docSize: 8, role: 'body' },
    ] as const
    const moved = new Set<string>()
    for (const [a, b] of crossPairs(profiles)) {
      const first = profiles[a] as SegmentProfile
      const second = profiles[b] as SegmentProfile
      const before = pairFeatures(first, second).values
      for (const place of places) {
        const elsewhere = { ...first, ...place, segment: { ...first.segment, role: place.role } }
        const after = pairFeatures(elsewhere, second).values
        PAIR_FEATURES.forEach((feature, at) => {
          if (after[at] !== before[at]) moved.add(feature)
        })
      }
    }
    expect([...moved].sort()).toEqual([...PLACE_FEATURES].sort())
  })

  it('knows every field of a profile as either a place field or one twins must share', () => {
    const [profile] = profilesOf([[0], [0]])
    const content = [
      'terms',
      'sequence',
      'stems',
      'concepts',
      'prefixes',
      'facts',
      'numbers',
      'names',
      'nameKeys',
      'negated',
      'earlierOccasion',
      'totalWeight',
      'totalRarity',
      'idfNorm',
      'totalCore',
      'trigrams',
      'bigrams',
      'firstPositions',
    ]
    // A new profile field must be added to PLACE_FIELDS or compared by sameContent (then listed here).
    expect(Object.keys(profile as SegmentProfile).sort()).toEqual([...PLACE_FIELDS, ...content].sort())
  })
})
