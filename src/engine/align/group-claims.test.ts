import { describe, expect, it } from 'vitest'
import { analyseArticles } from '../analyse-articles.ts'
import { type GroupingScorer, groupClaims, type ScoredPair } from './group-claims.ts'
import { DEFAULT_RESTATEMENT, type RestatementRule } from './match-model.ts'

/** Profiles of three one-or-more-sentence documents; the texts only fix documents and order. */
function profilesOf(...docs: string[]) {
  return analyseArticles(docs.map((text, at) => ({ id: `d${at}`, text }))).profiles
}

/** A scorer that answers from a table of pair probabilities (0 when absent). */
function tableScorer(
  table: Record<string, number>,
  splits: string[] = [],
  restatement: RestatementRule = DEFAULT_RESTATEMENT,
  attachAt?: number,
): GroupingScorer {
  const key = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`
  return {
    probability: (a, b) => table[key(a, b)] ?? 0,
    isSplit: (a, b) => splits.includes(key(a, b)),
    restatement,
    ...(attachAt === undefined ? {} : { attachAt }),
  }
}

/** Scored candidate pairs from the same table. */
function pairsOf(table: Record<string, number>): ScoredPair[] {
  return Object.entries(table).map(([key, probability]) => {
    const [a, b] = key.split('-').map(Number) as [number, number]
    return { a, b, probability }
  })
}

describe('groupClaims', () => {
  describe('a lede that makes two claims', () => {
    // d0's lede (0) reports what d1's first sentence (1) reports, and what d1's second (2) and d2 (3)
    // report; d1's two sentences do not restate each other, so 0 is grouped with 1 and the other
    // claim forms without it.
    const profiles = profilesOf('Lede.', 'First. Second.', 'Other.')
    const table = { '0-1': 0.9, '2-3': 0.9, '0-2': 0.75, '0-3': 0.8, '1-2': 0.05, '1-3': 0.1 }
    const grouped = (attachAt?: number) =>
      groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table, [], DEFAULT_RESTATEMENT, attachAt))

    it('takes part in both when its mean link to the other claim reaches the attach level', () => {
      const groups = grouped(0.7)
      expect(groups.map((group) => group.members)).toEqual([
        [0, 1],
        [0, 2, 3],
      ])
      expect(groups.map((group) => group.attached)).toEqual([[], [0]])
    })

    it('stays in its own claim when the mean link falls short, or attachment is off', () => {
      expect(grouped(0.8).map((group) => group.members)).toEqual([
        [0, 1],
        [2, 3],
      ])
      expect(grouped().map((group) => group.attached)).toEqual([[], []])
    })

    it('never attaches below the cut, whatever the level', () => {
      const table2 = { ...table, '0-2': 0.45, '0-3': 0.52 }
      const groups = groupClaims(
        profiles,
        pairsOf(table2),
        0.5,
        tableScorer(table2, [], DEFAULT_RESTATEMENT, 0.3),
      )
      // Mean 0.485: over the level, under the cut.
      expect(groups.map((group) => group.attached)).toEqual([[], []])
    })
  })

  it('does not chain: a segment joins a claim only when it matches its members on average', () => {
    const profiles = profilesOf('Alpha rose.', 'Beta fell.', 'Gamma held.')
    // 0–1 and 1–2 match strongly, 0–2 not at all: single link would chain all three.
    const table = { '0-1': 0.9, '1-2': 0.8, '0-2': 0.05 }
    const groups = groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table))
    expect(groups.map((group) => group.members)).toEqual([[0, 1]])
    expect(groups[0]?.score).toBeCloseTo(0.9)
  })

  it('joins three documents when every pair matches, with a spanning tree of its strongest links', () => {
    const profiles = profilesOf('Alpha rose.', 'Beta fell.', 'Gamma held.')
    const table = { '0-1': 0.9, '1-2': 0.7, '0-2': 0.6 }
    const [group] = groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table))
    expect(group?.members).toEqual([0, 1, 2])
    expect(group?.score).toBeCloseTo((0.9 + 0.7 + 0.6) / 3)
    expect(group?.links.map(({ a, b }) => [a, b])).toEqual([
      [0, 1],
      [1, 2],
    ])
  })

  it('gives a claim one segment per document unless the two restate each other', () => {
    const profiles = profilesOf('Alpha rose. Alpha climbed.', 'Beta fell.')
    const cross = { '0-2': 0.9, '1-2': 0.85 }
    const apart = groupClaims(profiles, pairsOf(cross), 0.5, tableScorer({ ...cross, '0-1': 0.2 }))
    expect(apart.map((group) => group.members)).toEqual([[0, 2]])
    const restated = groupClaims(profiles, pairsOf(cross), 0.5, tableScorer({ ...cross, '0-1': 0.7 }))
    expect(restated.map((group) => group.members)).toEqual([[0, 1, 2]])
  })

  it('judges a restatement at the rule’s share of the cut', () => {
    const profiles = profilesOf('Alpha rose. Alpha climbed.', 'Beta fell.')
    const table = { '0-2': 0.9, '1-2': 0.85, '0-1': 0.3 }
    const at = (cutShare: number) =>
      groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table, [], { cutShare, maxStatements: 2 })).map(
        (group) => group.members,
      )
    expect(at(1)).toEqual([[0, 2]])
    expect(at(0.6)).toEqual([[0, 1, 2]])
  })

  it('lets the pieces of one split sentence join a claim together', () => {
    const profiles = profilesOf('Alpha rose. Alpha climbed.', 'Beta fell.')
    const cross = { '0-2': 0.9, '1-2': 0.85 }
    const groups = groupClaims(profiles, pairsOf(cross), 0.5, tableScorer({ ...cross, '0-1': 0 }, ['0-1']))
    expect(groups.map((group) => group.members)).toEqual([[0, 1, 2]])
  })

  it('caps the statements one document gives a claim at the rule’s number, however alike they are', () => {
    const profiles = profilesOf('Alpha rose. Alpha climbed. Alpha soared.', 'Beta fell.')
    const table = { '0-3': 0.9, '1-3': 0.9, '2-3': 0.9, '0-1': 0.9, '0-2': 0.9, '1-2': 0.9 }
    const groups = groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table))
    expect(groups).toHaveLength(1)
    expect(groups[0]?.members).toHaveLength(3)
    const three = groupClaims(
      profiles,
      pairsOf(table),
      0.5,
      tableScorer(table, [], { cutShare: 1, maxStatements: 3 }),
    )
    expect(three[0]?.members).toHaveLength(4)
  })

  it('forms no claim from pairs below the cut, however many', () => {
    const profiles = profilesOf('Alpha rose. Alpha climbed.', 'Beta fell. Beta dropped.')
    const table = { '0-2': 0.4, '0-3': 0.4, '1-2': 0.4, '1-3': 0.4 }
    expect(groupClaims(profiles, pairsOf(table), 0.5, tableScorer(table))).toEqual([])
  })

  it('scores the pairs between clusters that were not candidates before merging them', () => {
    const profiles = profilesOf('Alpha rose.', 'Beta fell.', 'Gamma held.')
    const candidates = { '0-1': 0.9, '1-2': 0.8 }
    // 0–2 was no candidate: grouping must ask the scorer, and its low score keeps 2 out.
    const groups = groupClaims(profiles, pairsOf(candidates), 0.5, tableScorer({ ...candidates, '0-2': 0.1 }))
    expect(groups.map((group) => group.members)).toEqual([[0, 1]])
  })
})
