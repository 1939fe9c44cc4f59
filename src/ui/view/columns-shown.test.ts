import { describe, expect, it } from 'vitest'
import { columnsShown, columnsThatFit, columnToReveal } from './columns-shown.ts'

const docs = ['a', 'b', 'c', 'd', 'e', 'f']

describe('columnsThatFit', () => {
  it('fits columns of at least 14rem with their gaps, never fewer than two, all when unmeasured', () => {
    expect(columnsThatFit(944, 6)).toBe(4)
    expect(columnsThatFit(1392, 6)).toBe(5)
    expect(columnsThatFit(300, 6)).toBe(2)
    expect(columnsThatFit(0, 6)).toBe(6)
  })
})

describe('columnsShown', () => {
  it('shows every document when they fit', () => {
    expect(columnsShown(docs, ['e'], 6)).toEqual(docs)
  })

  it('shows the first documents, and a pick replaces the last of them, then the one before', () => {
    expect(columnsShown(docs, [], 4)).toEqual(['a', 'b', 'c', 'd'])
    expect(columnsShown(docs, ['f'], 4)).toEqual(['a', 'b', 'c', 'f'])
    expect(columnsShown(docs, ['f', 'e'], 4)).toEqual(['a', 'b', 'e', 'f'])
  })

  it('keeps the newest picks when there are more than fit, and forgets removed documents', () => {
    expect(columnsShown(docs, ['a', 'b', 'c', 'd', 'e', 'f'], 2)).toEqual(['e', 'f'])
    expect(columnsShown(['a', 'b', 'c'], ['gone', 'c'], 2)).toEqual(['a', 'c'])
  })
})

describe('columnToReveal', () => {
  const docOf = (id: string) => id.split(':')[0]
  it('brings in the first document of a jump none of whose passages is shown', () => {
    expect(columnToReveal({ segmentIds: ['e:3', 'f:1'], origin: null }, ['a', 'b'], docOf)).toBe('e')
  })

  it('leaves the columns alone when a passage is shown, or the person clicked in a column', () => {
    expect(columnToReveal({ segmentIds: ['e:3', 'b:1'], origin: null }, ['a', 'b'], docOf)).toBeNull()
    expect(columnToReveal({ segmentIds: ['e:3'], origin: 'a' }, ['a', 'b'], docOf)).toBeNull()
    expect(columnToReveal(null, ['a'], docOf)).toBeNull()
  })
})
