import { describe, expect, it } from 'vitest'
import aljazeeraText from '../demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnnText from '../demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'
import { matchProbability } from './align/match-model.ts'
import { MATCH_MODEL } from './align/match-weights.generated.ts'
import { pairFeatures } from './align/pair-features.ts'
import type { SegmentProfile } from './align/segment-profile.ts'
import { analyseArticles } from './analyse-articles.ts'
import { compareArticles } from './compare-articles.ts'
import type { ArticleInput, Claim, Report, Segment } from './types.ts'

/**
 * Golden test on the embedded demo pair (Al Jazeera and CNN on the Kerry–Lavrov meeting of
 * 20 January 2016). Every expectation was checked by reading the two articles. To add a golden
 * pair: put the texts under src/demo/articles, import them here with `?raw` (the engine's lint
 * forbids node:fs), and assert only what a careful
 * reader would say (which sentences report the same thing, what differs), never the engine's output.
 */
const articles: ArticleInput[] = [
  {
    id: 'aljazeera',
    source: 'Al Jazeera',
    published: '2016-01-20',
    text: aljazeeraText,
  },
  {
    id: 'cnn',
    source: 'CNN',
    published: '2016-01-20',
    text: cnnText,
  },
]
const report: Report = compareArticles(articles)

function segmentWith(doc: string, words: string): Segment {
  const segment = report.segments.find((s) => s.doc === doc && s.text.includes(words))
  if (!segment) throw new Error(`no ${doc} segment contains "${words}"`)
  return segment
}

const { profiles } = analyseArticles(articles)

function profileOf(segment: Segment): SegmentProfile {
  const profile = profiles.find((p) => p.segment.id === segment.id)
  if (!profile) throw new Error(`no profile for ${segment.id}`)
  return profile
}

/** Al Jazeera's and CNN's sentences on the meeting itself, worded apart (met ~ held talks). */
function meetingReports(): [Segment, Segment] {
  return [
    segmentWith('aljazeera', 'Lavrov met on Wednesday with US Secretary of State John Kerry'),
    segmentWith('cnn', 'John Kerry held talks with Russian Foreign Minister Sergey Lavrov Wednesday'),
  ]
}

function claimOf(segment: Segment): Claim | undefined {
  return report.claims.find((claim) => claim.segments.includes(segment.id))
}

describe('compareArticles on the demo pair', () => {
  it('joins Kerry calling for Russia to use its influence with its CNN paraphrase, with no quote difference', () => {
    const aljazeera = segmentWith('aljazeera', 'Kerry called for Russia to use its influence with Assad')
    const cnn = segmentWith('cnn', 'Kerry urged Russia to use its influence with Assad')
    const claim = claimOf(aljazeera)
    expect(claim?.segments).toContain(cnn.id)
    expect(claim?.status).not.toBe('discrepancy')
    expect(claim?.differences.map((d) => d.kind)).not.toContain('quote')
  })

  it("flags Lavrov's differently worded quote on when the political process begins", () => {
    const aljazeera = segmentWith('aljazeera', 'as soon as possible, at the end of January')
    const cnn = segmentWith('cnn', 'in the nearest future, during January')
    const claim = claimOf(aljazeera)
    expect(claim?.segments).toContain(cnn.id)
    expect(claim?.status).toBe('discrepancy')
    const quote = claim?.differences.find((d) => d.kind === 'quote')
    expect(quote?.explanation).toBe('Quote worded differently')
    expect(quote?.spans?.map((span) => span.doc).sort()).toEqual(['aljazeera', 'cnn'])
  })

  it('aligns the January 25 and Jan. 25 sentences with no date difference', () => {
    const aljazeera = segmentWith('aljazeera', 'negotiations between the Syrian parties on January 25')
    const cnn = segmentWith('cnn', 'convene in Geneva on Jan. 25')
    const claim = claimOf(aljazeera)
    expect(claim?.segments).toContain(cnn.id)
    expect(claim?.differences.map((d) => d.kind)).not.toContain('date')
    // Al Jazeera credits spokesman John Kirby, CNN the State Department he speaks for: no conflict.
    expect(claim?.differences.map((d) => d.kind)).not.toContain('attribution')
  })

  it('scores the two reports of the meeting itself, worded apart, as one claim (met on Wednesday ~ held talks Wednesday)', () => {
    const [aljazeera, cnn] = meetingReports()
    const evidence = pairFeatures(profileOf(aljazeera), profileOf(cnn))
    // Two segments make a claim only when their probability reaches the model's learned cut.
    expect(matchProbability(MATCH_MODEL, evidence.values)).toBeGreaterThanOrEqual(MATCH_MODEL.cut)
  })

  // Known gap (issue 20): the pair matches, but average-link grouping puts CNN's sentence in a
  // larger claim (both headlines, the talks' start, the Ukraine line) whose average the Al Jazeera
  // sentence does not reach. Marked as failing so the day grouping gets it right is noticed.
  it.fails('joins the two reports of the meeting itself in one claim', () => {
    const [aljazeera, cnn] = meetingReports()
    expect(claimOf(aljazeera)?.segments).toContain(cnn.id)
  })

  it('keeps the 400,000 trapped Syrians unique to CNN', () => {
    const cnn = segmentWith('cnn', '400,000 Syrians are trapped')
    expect(report.unique).toContain(cnn.id)
    expect(claimOf(cnn)).toBeUndefined()
  })

  it('never compares page furniture', () => {
    const furniture = [
      segmentWith('aljazeera', 'READ MORE'),
      segmentWith('aljazeera', 'SOURCE: Al Jazeera'),
      segmentWith('cnn', 'JUST WATCHED'),
    ]
    for (const segment of furniture) {
      expect(segment.role).toBe('boilerplate')
      expect(report.unique).not.toContain(segment.id)
      expect(claimOf(segment)).toBeUndefined()
    }
  })

  it('titles documents by their headline when no title is given', () => {
    expect(report.documents.map((d) => d.title)).toEqual([
      'US and Russia fail to agree on Syria talks invite list',
      'Kerry, Lavrov meet to end impasse over Syria talks',
    ])
  })

  it('keeps every claim across documents, with offsets into the texts and a status its content justifies', () => {
    const byId = new Map(report.segments.map((s) => [s.id, s]))
    for (const claim of report.claims) {
      expect(new Set(claim.segments.map((id) => byId.get(id)?.doc)).size).toBeGreaterThanOrEqual(2)
      expect(claim.differences.length > 0).toBe(claim.status === 'discrepancy')
      for (const detail of claim.details) {
        const text = articles.find((a) => a.id === detail.doc)?.text ?? ''
        expect(text.slice(detail.start, detail.end)).toBe(detail.text)
      }
      for (const difference of claim.differences) expect(difference.explanation).toBeTruthy()
    }
  })
})
