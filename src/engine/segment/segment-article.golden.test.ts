/**
 * Golden test on the two demo articles, real scraped pages kept with their furniture. Expectations
 * were checked by reading the pages: what a careful reader calls furniture, and sentences that must
 * stay whole. To add a fixture: put the scraped text under src/demo/articles, import it with `?raw`
 * (the engine's lint forbids node:fs), and assert roles of the lines a reader would judge, by text.
 */
import { describe, expect, it } from 'vitest'
import aljazeeraText from '../../demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnnText from '../../demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'
import type { Segment } from '../types.ts'
import { segmentArticle } from './segment-article.ts'

const aljazeera = segmentArticle({ id: 'aljazeera', text: aljazeeraText })
const cnn = segmentArticle({ id: 'cnn', text: cnnText })

/** `role (reason)` of every segment that starts with `prefix`, in text order. */
function rolesOf(segments: Segment[], prefix: string): string[] {
  return segments
    .filter((segment) => segment.text.startsWith(prefix))
    .map((segment) => (segment.reason ? `${segment.role} (${segment.reason})` : segment.role))
}

describe('segmentArticle on the Al Jazeera demo article', () => {
  it('finds the headline and the standfirst under it', () => {
    expect(rolesOf(aljazeera, 'US and Russia fail to agree')).toEqual(['headline'])
    expect(rolesOf(aljazeera, 'Despite differences, Lavrov and Kerry')).toEqual(['headline'])
  })

  it('marks the photo caption, the teaser, the related link and the source line', () => {
    expect(rolesOf(aljazeera, 'Lavrov said in Zurich that neither')).toEqual(['boilerplate (photo caption)'])
    expect(rolesOf(aljazeera, 'UN Security Council agrees on Syria peace plan')).toEqual([
      'boilerplate (teaser headline)',
    ])
    expect(rolesOf(aljazeera, 'READ MORE:')).toEqual(['boilerplate (related link)'])
    expect(rolesOf(aljazeera, 'SOURCE:')).toEqual(['boilerplate (source line)'])
  })

  it('keeps the January 25 sentences and the quotes with attribution whole', () => {
    const january = aljazeera.filter((segment) => segment.text.includes('January 25'))
    expect(
      january.map((segment) => [segment.role, segment.text.slice(0, 20), segment.text.slice(-11)]),
    ).toEqual([
      ['body', 'But despite the fail', 'January 25.'],
      ['body', 'Kerry did not make a', ' in Syria".'],
    ])
    expect(rolesOf(aljazeera, '"We have provided our proposal')[0]).toBe('body')
    expect(aljazeera.find((s) => s.text.startsWith('"We have provided'))?.text).toMatch(
      /Lavrov told reporters\.$/,
    )
  })

  it('has the expected shape: H headline, b body, x boilerplate, d duplicate', () => {
    const initials = { headline: 'H', body: 'b', boilerplate: 'x', duplicate: 'd' } as const
    expect(aljazeera.map((segment) => initials[segment.role]).join('')).toBe('HHxbbbxbbbbbbbxbbbx')
  })
})

describe('segmentArticle on the CNN demo article', () => {
  it('marks the video widget: title, its repeats, the markers and the running time', () => {
    expect(rolesOf(cnn, "Russia's Vladimir Putin ramps up military presence")).toEqual([
      'boilerplate (video widget)',
      'duplicate (repeats a title (cnn:1))',
      'duplicate (repeats a title (cnn:1))',
      'boilerplate (video widget)',
    ])
    expect(rolesOf(cnn, 'JUST WATCHED')).toEqual(['boilerplate (video widget)'])
    expect(rolesOf(cnn, 'MUST WATCH')).toEqual(['boilerplate (video widget)'])
  })

  it('marks the story highlights label, and its bullets as repeats of the body', () => {
    expect(rolesOf(cnn, 'Story highlights')).toEqual(['boilerplate (section label)'])
    const bullets = cnn.filter((segment) => segment.text.startsWith('•'))
    expect(bullets.map((segment) => segment.role)).toEqual(['duplicate', 'duplicate'])
    for (const bullet of bullets) {
      const repeated = cnn.find((segment) => bullet.reason === `repeats body text ${segment.id}`)
      expect(repeated?.role).toBe('body')
      expect(repeated?.text).toMatch(/^(Negotiations between|The major power brokers)/)
    }
  })

  it('splits the dateline off the first sentence', () => {
    expect(rolesOf(cnn, 'Davos, Switzerland (CNN)')).toEqual(['boilerplate (dateline)'])
    expect(rolesOf(cnn, 'Secretary of State John Kerry held talks')).toEqual(['body'])
  })

  it('keeps Jan. 25, U.N.-backed and U.N. sentences whole', () => {
    const jan = cnn.find((segment) => segment.text.includes('Jan. 25'))
    expect(jan?.text).toMatch(/^The State Department said .* in Geneva on Jan\. 25\.$/)
    const backed = cnn.find((segment) => segment.text.includes('U.N.-backed 18-month'))
    expect(backed?.text).toMatch(/^Negotiations between .* political change in Syria\.$/)
    expect(rolesOf(cnn, 'But divisions over who will represent')).toEqual(['body'])
    expect(cnn.find((segment) => segment.text.includes('Ban Ki-moon'))?.text).toMatch(
      /^In Davos on Wednesday, U\.N\./,
    )
  })

  it('splits quotes at their attribution, not inside them', () => {
    expect(rolesOf(cnn, '"We do not have any kind of thoughts')).toEqual(['body'])
    expect(rolesOf(cnn, '"This is the position of Russia and the USA."')).toEqual(['body'])
    expect(cnn.find((segment) => segment.text.startsWith('"The political process'))?.text).toMatch(
      /he said\.$/,
    )
  })

  it('has the expected shape: H headline, b body, x boilerplate, d duplicate', () => {
    const initials = { headline: 'H', body: 'b', boilerplate: 'x', duplicate: 'd' } as const
    expect(cnn.map((segment) => initials[segment.role]).join('')).toBe(`Hxdxdxxxddx${'b'.repeat(24)}`)
  })
})
