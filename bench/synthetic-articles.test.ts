import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scoreSentencePair, timeNaiveBaseline } from './naive-baseline.ts'
import { loadSentencePool } from './sentence-pool.ts'
import { countWords, splitSentences } from './split-sentences.ts'
import { buildArticleSet } from './synthetic-articles.ts'

const { sentences: pool } = loadSentencePool(
  fileURLToPath(new URL('../src/demo/articles/', import.meta.url)),
  '/nonexistent',
)

describe('buildArticleSet', () => {
  const set = buildArticleSet(pool, { count: 5, words: 800 }, 42)

  it('is deterministic for a seed and different for another', () => {
    expect(buildArticleSet(pool, { count: 5, words: 800 }, 42)).toEqual(set)
    expect(buildArticleSet(pool, { count: 5, words: 800 }, 43)[0]?.text).not.toBe(set[0]?.text)
  })

  it('builds articles of about the asked length', () => {
    for (const article of set) expect(countWords(article.text)).toBeGreaterThanOrEqual(800)
    for (const article of set) expect(countWords(article.text)).toBeLessThan(800 + 80)
  })

  it('shares some sentences across articles and keeps others unique', () => {
    const perArticle = set.map((article) => new Set(splitSentences(article.text).slice(1)))
    const counts = new Map<string, number>()
    for (const sentences of perArticle)
      for (const sentence of sentences) counts.set(sentence, (counts.get(sentence) ?? 0) + 1)
    const shared = [...counts.values()].filter((n) => n > 1).length
    const unique = [...counts.values()].filter((n) => n === 1).length
    expect(shared).toBeGreaterThan(10)
    expect(unique).toBeGreaterThan(shared)
  })
})

describe('naive baseline', () => {
  it('scores identical sentences 1 and closer sentences higher', () => {
    const a = 'Kerry met Lavrov in Zurich on Wednesday.'
    expect(scoreSentencePair(a, a)).toBe(1)
    expect(scoreSentencePair(a, 'Kerry met Lavrov in Geneva on Wednesday.')).toBeGreaterThan(
      scoreSentencePair(a, 'The talks were postponed until February.'),
    )
  })

  it('times every pair when few, and extrapolates from a sample when many', () => {
    const articles = buildArticleSet(pool, { count: 3, words: 300 }, 7)
    const all = timeNaiveBaseline(articles, 1_000_000, 1)
    const sizes = articles.map((article) => splitSentences(article.text).length)
    const [x = 0, y = 0, z = 0] = sizes
    expect(all).toMatchObject({ pairs: x * y + x * z + y * z, estimated: false })
    expect(all.timedPairs).toBe(all.pairs)
    const sampled = timeNaiveBaseline(articles, 50, 1)
    expect(sampled).toMatchObject({ pairs: all.pairs, timedPairs: 50, estimated: true })
  })
})
