import { describe, expect, it } from 'vitest'
import { stripSiteName } from './strip-site-name.ts'

describe('stripSiteName', () => {
  it.each([
    ['Talks stall | The Evening Ledger', 'The Evening Ledger', 'Talks stall'],
    ['Quake kills five - BBC News', null, 'Quake kills five'],
    ['BBC News - Quake kills five', null, 'Quake kills five'],
    ['Quake kills five – Reuters', 'Reuters', 'Quake kills five'],
  ])('drops the site name from %j', (title, source, expected) => {
    expect(stripSiteName(title, source)).toBe(expected)
  })

  it.each([
    ['Kerry - Lavrov talks stall', 'CNN'],
    ['Russia - the view from Moscow', null],
    ['Talks stall', 'CNN'],
  ])('keeps %j whole', (title, source) => {
    expect(stripSiteName(title, source)).toBe(title)
  })
})
