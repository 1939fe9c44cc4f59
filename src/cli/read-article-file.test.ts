import { describe, expect, it } from 'vitest'
import { findMarkdownTitle } from './read-article-file.ts'

describe('findMarkdownTitle', () => {
  it('takes the first level-1 heading, without closing hashes', () => {
    expect(findMarkdownTitle('text\n## Sub\n# Title #\n# Later')).toBe('Title')
    expect(findMarkdownTitle('# C# ')).toBe('C#')
    expect(findMarkdownTitle('#Not a heading\n## Nor this')).toBeNull()
    expect(findMarkdownTitle('# \n')).toBeNull()
  })
})
