import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildRealCluster, type EventReports, loadEventReports, rewordText } from './real-clusters.ts'
import { createRandom } from './seeded-random.ts'
import { countWords } from './split-sentences.ts'

const demoDir = fileURLToPath(new URL('../src/demo/articles/', import.meta.url))

describe('buildRealCluster', () => {
  const events: EventReports = {
    label: 'test',
    events: [
      ['Police said two men were killed in Ohio.', 'Two men were also killed in Ohio, police said.'],
      ['The mayor announced a curfew on Friday.'],
    ],
  }

  it('gives every article the same events in order, each from another report, deterministically', () => {
    const set = buildRealCluster(events, { count: 3, words: 30 }, 1)
    expect(buildRealCluster(events, { count: 3, words: 30 }, 1)).toEqual(set)
    expect(set.map((article) => article.id)).toEqual(['outlet-1', 'outlet-2', 'outlet-3'])
    for (const article of set) {
      expect(countWords(article.text)).toBeGreaterThanOrEqual(30)
      const [first, second] = article.text.split('\n\n')
      expect(first).toMatch(/Ohio/)
      expect(second).toMatch(/curfew/)
    }
    expect(set[0]?.text.startsWith('Police')).toBe(true)
    expect(set[1]?.text.startsWith('Two men')).toBe(true)
  })

  it('rewords lightly: a swap or a dropped word, never a number or a name', () => {
    const text = 'Police said 12 people were also killed in Ohio. They said it again.'
    const variants = new Set(Array.from({ length: 40 }, (_, seed) => rewordText(createRandom(seed), text)))
    expect(variants.size).toBeGreaterThan(1)
    for (const variant of variants) expect(variant).toMatch(/12 people .*Ohio\./)
  })

  it('falls back to the shipped demo articles, and says so, without the eval data', () => {
    const reports = loadEventReports('/nonexistent', demoDir)
    expect(reports.label).toMatch(/not a real-cluster figure/)
    expect(reports.events).toHaveLength(1)
  })
})
