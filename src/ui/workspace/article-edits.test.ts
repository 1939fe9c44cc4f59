import { describe, expect, test } from 'vitest'
import {
  addArticles,
  addToComparison,
  moveArticle,
  removeArticle,
  tidyDraft,
  uniqueArticleId,
  updateArticle,
} from './article-edits.ts'
import { createComparison, NEW_COMPARISON_NAME } from './saved-comparison.ts'

const articles = [
  { id: 'cnn', text: 'A', source: 'CNN' },
  { id: 'al-jazeera', text: 'B', source: 'Al Jazeera' },
]

describe('article edits', () => {
  test('new articles get short ids from outlet or title, unique in the comparison', () => {
    expect(uniqueArticleId({ text: 'x', source: 'Al Jazeera English' }, [])).toBe('al-jazeera-english')
    expect(uniqueArticleId({ text: 'x', source: 'CNN' }, ['cnn', 'cnn-2'])).toBe('cnn-3')
    expect(uniqueArticleId({ text: 'x', title: 'Über den Gipfel' }, [])).toBe('uber-den-gipfel')
    expect(uniqueArticleId({ text: 'x' }, ['article'])).toBe('article-2')
    const added = addArticles(articles, [
      { text: 'C', source: 'CNN' },
      { text: 'D', source: 'CNN' },
    ])
    expect(added.map((article) => article.id)).toEqual(['cnn', 'al-jazeera', 'cnn-2', 'cnn-3'])
  })

  test('editing keeps the id, so verdicts keyed by segment ids survive', () => {
    const edited = updateArticle(articles, 'cnn', { text: 'A2', source: 'CNN International' })
    expect(edited[0]).toEqual({ id: 'cnn', text: 'A2', source: 'CNN International' })
    expect(edited[1]).toBe(articles[1])
  })

  test('moves clamp at the ends and removal drops only the one', () => {
    expect(moveArticle(articles, 'cnn', 1).map((article) => article.id)).toEqual(['al-jazeera', 'cnn'])
    expect(moveArticle(articles, 'cnn', -1)).toBe(articles)
    expect(removeArticle(articles, 'cnn').map((article) => article.id)).toEqual(['al-jazeera'])
  })

  test('a new comparison is named after its first article; a named one keeps its name', () => {
    const fresh = createComparison({ name: NEW_COMPARISON_NAME, articles: [] })
    const named = addToComparison(fresh, [{ text: 'x' }, { text: 'y', title: 'Talks stall' }])
    expect(named.name).toBe('Talks stall')
    expect(addToComparison(named, [{ text: 'z', title: 'Other' }]).name).toBe('Talks stall')
    expect(addToComparison(fresh, [{ text: 'untitled' }]).name).toBe(NEW_COMPARISON_NAME)
  })

  test('tidyDraft trims fields and turns blanks into absent values', () => {
    expect(tidyDraft({ text: 'T', title: '  ', source: ' CNN ', published: '', url: ' ' })).toEqual({
      text: 'T',
      source: 'CNN',
      published: null,
      url: null,
    })
  })
})
