import { describe, expect, it } from 'vitest'
import type { Segment } from '../types.ts'
import { segmentArticle } from './segment-article.ts'

const PROSE_A = 'Kerry and Lavrov met in Zurich on Wednesday to discuss the peace talks.'
const PROSE_B = 'The talks are scheduled to start in Geneva on January 25, officials said.'
const PROSE_C = 'Both men said they wanted the talks to start as planned despite their differences.'

/** Role initials in text order: H headline, b body, x boilerplate, d duplicate. */
function shape(segments: Segment[]): string {
  const initials = { headline: 'H', body: 'b', boilerplate: 'x', duplicate: 'd' } as const
  return segments.map((segment) => initials[segment.role]).join('')
}

function segment(text: string): Segment[] {
  return segmentArticle({ id: 'a', text })
}

/** The segment whose text is exactly `text`. */
function find(segments: Segment[], text: string): Segment | undefined {
  return segments.find((candidate) => candidate.text === text)
}

describe('segmentArticle', () => {
  it('numbers ids from 0 in text order and slices the text exactly', () => {
    const text = `Talks in doubt\n\n  ${PROSE_A} ${PROSE_B}\u00a0\n`
    const segments = segment(text)
    expect(segments.map((s) => s.id)).toEqual(['a:0', 'a:1', 'a:2'])
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(shape(segments)).toBe('Hbb')
  })

  it('keeps a one-line article as body, never boilerplate', () => {
    expect(shape(segment('Kerry and Lavrov meet to end impasse over Syria talks'))).toBe('b')
    expect(shape(segment('Advertisement'))).toBe('b')
    expect(shape(segment('WASHINGTON (Reuters) - Kerry met Lavrov. They talked.'))).toBe('bb')
  })

  it('finds the headline by the known title below unknown page chrome', () => {
    const text = `Home | World | Politics\n\nKerry and Lavrov fail to agree\n\n${PROSE_A}`
    const segments = segmentArticle({ id: 'a', text, title: 'Kerry and Lavrov Fail to Agree' })
    expect(shape(segments)).toBe('bHb')
  })

  it('keeps headline-only inputs comparable', () => {
    const text =
      'Kerry and Lavrov fail to agree\nSyria talks may be delayed\nRussia and US at odds over invite list'
    expect(shape(segment(text))).toBe('Hbb')
  })

  it('segments one sentence per line with a dateline line', () => {
    const text = `Kerry, Lavrov meet over Syria\nWASHINGTON (Reuters) -\n${PROSE_A}\n${PROSE_B}\n${PROSE_C}`
    const segments = segment(text)
    expect(shape(segments)).toBe('Hxbbb')
    expect(segments[1]?.reason).toBe('dateline')
  })

  it('splits a dateline off the first sentence, also when scraping dropped the space', () => {
    const segments = segment(`Talks in doubt\n\nDavos, Switzerland (CNN)${PROSE_A}\n\nLONDON — ${PROSE_B}`)
    expect(segments.map((s) => `${s.role}:${s.text.slice(0, 12)}`)).toEqual([
      'headline:Talks in dou',
      'boilerplate:Davos, Switz',
      'body:Kerry and La',
      'boilerplate:LONDON —',
      'body:The talks ar',
    ])
  })

  it('marks a standfirst under the headline as headline when layout sets it apart', () => {
    const text = `Talks in doubt\n\n${PROSE_C}\n\n    ${PROSE_A}\n\n    ${PROSE_B}`
    expect(shape(segment(text))).toBe('HHbb')
    const flush = `Talks in doubt\n\n${PROSE_C}\n\n${PROSE_A}\n\n${PROSE_B}`
    expect(shape(segment(flush))).toBe('Hbbb')
  })

  it('marks a teaser title standing alone between paragraphs, but not a title next to a list', () => {
    const text = `Talks in doubt\n\n${PROSE_A}\n\nUN council agrees on Syria peace plan\n\n${PROSE_B}`
    const segments = segment(text)
    expect(shape(segments)).toBe('Hbxb')
    expect(segments[2]?.reason).toBe('teaser headline')
    const list = `Talks in doubt\n\n${PROSE_A}\n\nUN council agrees on Syria peace plan\n\n- Geneva\n\n${PROSE_B}`
    expect(shape(segment(list))).toBe('Hbbbb')
  })

  it('marks captions, bylines, related links, source lines and labels with reasons', () => {
    const text = [
      'Talks in doubt',
      'By Jane Doe, CNN',
      'Lavrov in Zurich on Wednesday [Handout via EPA]',
      PROSE_A,
      'READ MORE: Syria talks delayed again',
      PROSE_B,
      'Advertisement',
      PROSE_C,
      'SOURCE: Al Jazeera and agencies',
    ].join('\n\n')
    const reasons = segment(text).map((s) => s.reason ?? s.role)
    expect(reasons).toEqual([
      'headline',
      'byline',
      'photo caption',
      'body',
      'related link',
      'body',
      'advertisement',
      'body',
      'source line',
    ])
  })

  it('marks a video widget: markers, the running time and repeats of the video title', () => {
    const title = 'Putin ramps up military presence'
    const text = `Talks in doubt\n\n${title}\n${title}\n\nJUST WATCHED\n\n${title}\n\nMUST WATCH\n\n${title} 02:21\n\n${PROSE_A}`
    const segments = segment(text)
    expect(shape(segments)).toBe('Hxdxdxxb')
    expect(segments[1]?.reason).toBe('video widget')
    expect(segments[2]?.reason).toBe('repeats a title (a:1)')
  })

  it('marks a video title shown once under a video marker', () => {
    const text = `Talks in doubt\n\n${PROSE_C}\n\n${PROSE_A}\n\nJUST WATCHED\n\nPutin ramps up military presence\n\n${PROSE_B}`
    expect(segment(text).map((s) => s.reason ?? s.role)).toEqual([
      'headline',
      'body',
      'body',
      'video widget',
      'video widget',
      'body',
    ])
  })

  it('marks highlights bullets that repeat body text as duplicates, naming the body segment', () => {
    const text = [
      'Talks in doubt',
      'Story highlights',
      '• Kerry and Lavrov met in Zurich to discuss the peace talks',
      '• Russia wants Assad to stay in power',
      `${PROSE_A} ${PROSE_B}`,
    ].join('\n\n')
    const segments = segment(text)
    expect(shape(segments)).toBe('Hxdbbb')
    expect(segments[2]?.reason).toBe('repeats body text a:4')
  })

  it('marks the short lines under a link-list label as links or tags, up to the next prose', () => {
    const text = `Talks in doubt\n\n${PROSE_A}\n\n${PROSE_B}\n\nMore on this story\n\nSyria talks: who is invited?\n\nTopics\nSyria\nRussia`
    expect(segment(text).map((s) => s.reason ?? s.role)).toEqual([
      'headline',
      'body',
      'body',
      'section label',
      'related link',
      'section label',
      'topic tag',
      'topic tag',
    ])
    const resumed = `Talks in doubt\n\nRelated\n\nSyria talks stall\n\n${PROSE_A}\n\nSyria talks resume`
    expect(shape(segment(resumed))).toBe('Hxxbb')
  })

  it('takes a standfirst without a final period when a caption sets it apart', () => {
    const dek = 'Kerry and Lavrov meet in Zurich but fail to agree which rebel groups should attend'
    const text = `Talks in doubt\n\n${dek}\n\nKerry in Zurich. Photograph: Jane Doe/Reuters\n\n${PROSE_A}`
    expect(shape(segment(text))).toBe('HHxb')
  })

  it('marks a verbatim repeat of a body sentence as a duplicate', () => {
    const segments = segment(`Talks in doubt\n\n${PROSE_A}\n\n${PROSE_B}\n\n${PROSE_A}`)
    expect(shape(segments)).toBe('Hbbd')
    expect(segments[3]?.reason).toBe('repeats a:1')
  })

  it('marks an all-caps label between paragraphs as a section label', () => {
    expect(
      find(segment(`Talks in doubt\n\n${PROSE_A}\n\nLIVE UPDATES NOW\n\n${PROSE_B}`), 'LIVE UPDATES NOW')
        ?.role,
    ).toBe('boilerplate')
  })

  it('joins a hard-wrapped sentence across lines', () => {
    const segments = segment('Talks in doubt\n\nKerry and Lavrov met in Zurich\non Wednesday. They talked.')
    expect(segments.map((s) => s.text)).toEqual([
      'Talks in doubt',
      'Kerry and Lavrov met in Zurich\non Wednesday.',
      'They talked.',
    ])
  })

  it('marks a sponsored widget, its teaser lines and a newsletter prompt as furniture', () => {
    const text = `Talks stall\n\n${PROSE_A}\n\n${PROSE_B}\n\nPromoted Stories\n\nTen gadgets pilots swear by\n\nThe one trick banks hate\n\nSponsored: Cheap flights to Geneva\n\nSign up for our newsletter`
    const segments = segment(text)
    expect(shape(segments)).toBe('Hbbxxxxx')
    expect(find(segments, 'The one trick banks hate')?.reason).toBe('sponsored')
    expect(find(segments, 'Sponsored: Cheap flights to Geneva')?.reason).toBe('sponsored')
  })

  it('marks a dateline line as furniture whatever its date style, also above the headline', () => {
    for (const stamp of ['Tuesday, July 2nd, 2013', '12 January 2010 @ 09:29 pm', 'Jan 5, 2011 – 4:35 PM']) {
      const segments = segment(`${stamp}\n\nTalks stall\n\n${PROSE_A}\n\n${PROSE_B}`)
      expect(shape(segments)).toBe('xHbb')
      expect(segments[0]?.reason).toBe('timestamp')
    }
  })

  it('does not join a timestamp line to the headline above it', () => {
    const segments = segment(`Jury finds suspect guilty\non April 30, 2008 at 4:31 AM\n${PROSE_A}`)
    expect(segments.map((s) => s.reason ?? s.role)).toEqual(['headline', 'timestamp', 'body'])
  })

  it('keeps lines that introduce a quote or list, and quotes on their own line, as body', () => {
    const text = `Talks in doubt\n\n${PROSE_A}\n\nMr Gates told the security conference:\n\n${PROSE_B}\n\n"We will go on"\n\n${PROSE_C}`
    expect(shape(segment(text))).toBe('Hbbbbb')
  })

  it('does not split a list of semicolons into clauses', () => {
    const list =
      'Among the seized items were seven automatic rifles, three other automatic weapons and thirteen magazines; ' +
      'a grenade launcher along with rockets, cartridges and hand grenades found aboard; ' +
      'and up to three outboard motors and a global positioning system receiver.'
    expect(segment(`Talks in doubt\n\n${list}`).map((s) => s.text)).toEqual(['Talks in doubt', list])
  })

  it('joins the lines of hard-wrapped text into paragraphs, but not list items', () => {
    const text = [
      'Talks in doubt',
      '',
      'Secretary of State John Kerry held talks with Russian Foreign Minister',
      'Sergey Lavrov on Wednesday in hopes of resolving differences over the',
      'Syria peace talks. Negotiations between the government and members of',
      'the Syrian opposition are scheduled to start next week in Geneva, the',
      'first step in a U.N.-backed timeline.',
      '- Russia and Iran support Assad',
      '',
      'Both the U.S. and Russia have said they want the talks to start on',
      'Monday as scheduled.',
    ].join('\n')
    const segments = segment(text)
    expect(segments.map((s) => s.text.replace(/\s+/g, ' ').slice(0, 30))).toEqual([
      'Talks in doubt',
      'Secretary of State John Kerry ',
      'Negotiations between the gover',
      '- Russia and Iran support Assa',
      'Both the U.S. and Russia have ',
    ])
  })

  it('splits a long sentence at a semicolon when both clauses stand alone', () => {
    const first =
      'Russia and Iran, which support Assad, are at odds with the United States and Europe over which armed groups are legitimate'
    const second =
      'the major powers also disagree about the future role Assad could play in a political transition in Syria next year.'
    const segments = segment(
      `Talks in doubt\n\n${first}; ${second}\n\nShort; clause test for a short sentence.`,
    )
    expect(segments.map((s) => s.text)).toEqual([
      'Talks in doubt',
      `${first};`,
      second,
      'Short; clause test for a short sentence.',
    ])
  })

  it('handles Windows line breaks', () => {
    const segments = segment(`Talks in doubt\r\n\r\n${PROSE_A}\r\n${PROSE_B}\r\n`)
    expect(shape(segments)).toBe('Hbb')
  })
})
