import { describe, expect, it } from 'vitest'
import { findTitle } from './find-title.ts'

describe('findTitle', () => {
  it('takes a headline-like first line, skipping blank lines and Markdown heading marks', () => {
    expect(findTitle('\n\n# Kerry, Lavrov meet in Zurich\n\nBody text.')).toBe('Kerry, Lavrov meet in Zurich')
    expect(findTitle('Talks stall\nZURICH - Diplomats said.')).toBe('Talks stall')
  })

  it.each([
    [
      '3 July 2013 Last updated at 13:38 GMT\n\nQuake kills five in Aceh\n\nBody.',
      'Quake kills five in Aceh',
    ],
    ['Tuesday, July 2nd, 2013\nQuake kills five in Aceh\nBody.', 'Quake kills five in Aceh'],
    ['BBC News\n\nQuake kills five in Aceh\n\nBody.', 'Quake kills five in Aceh'],
    ['Advertisement\nBy Jane Doe, Reuters\nQuake kills five in Aceh\nBody.', 'Quake kills five in Aceh'],
    ['JAKARTA (Reuters) -\nQuake kills five in Aceh\nBody.', 'Quake kills five in Aceh'],
  ])('never takes a timestamp or other furniture line for the title: %j', (text, title) => {
    expect(findTitle(text)).toBe(title)
  })

  it('leaves the title empty when the first real line is a sentence or too long to be a headline', () => {
    expect(findTitle('Diplomats met in Zurich on Wednesday.\nMore.')).toBeUndefined()
    expect(findTitle('3 July 2013\nDiplomats met in Zurich on Wednesday.\nMore.')).toBeUndefined()
    expect(findTitle(`${'word '.repeat(60)}\nMore`)).toBeUndefined()
    expect(findTitle('   \n  ')).toBeUndefined()
    expect(findTitle('July 2, 2013')).toBeUndefined()
  })
})
