import type { Claim, Report, ReportDocument, Segment, SegmentRole } from '../types.ts'

/**
 * A small hand-written report shaped like the demo (Al Jazeera and CNN on the Kerry–Lavrov
 * meeting), for tests of the summaries and the view while the real pipeline is being built.
 */
export function sampleReport(): Report {
  const aj: [SegmentRole, string][] = [
    ['headline', 'US and Russia fail to agree on Syria talks invite list'],
    ['boilerplate', 'SOURCE: Al Jazeera and agencies'],
    ['body', 'Lavrov met on Wednesday with US Secretary of State John Kerry in Switzerland.'],
    [
      'body',
      '"The political process will begin, we hope, as soon as possible, at the end of January," he said.',
    ],
    ['body', 'Kerry called for Russia to use its influence with Assad to ensure humanitarian access.'],
    ['body', 'Contrary to the position held by Washington, Lavrov labelled them "terrorist organisations".'],
  ]
  const cnn: [SegmentRole, string][] = [
    ['headline', 'Kerry, Lavrov meet to end impasse over Syria talks'],
    ['boilerplate', 'JUST WATCHED'],
    ['body', 'Secretary of State John Kerry held talks with Sergey Lavrov Wednesday in Davos.'],
    ['body', '"The political process will begin, we hope, in the nearest future, during January," he said.'],
    ['body', 'Kerry urged Russia to use its influence with Assad to ensure humanitarian access.'],
    ['body', 'Ban Ki-moon said 400,000 Syrians are trapped in besieged communities.'],
  ]
  const documents: ReportDocument[] = [
    makeDocument('aljazeera', 'Al Jazeera', 'US and Russia fail to agree on Syria talks invite list', aj),
    makeDocument('cnn', 'CNN', 'Kerry, Lavrov meet to end impasse over Syria talks', cnn),
  ]
  const segments = [...makeSegments('aljazeera', aj), ...makeSegments('cnn', cnn)]
  const at = (id: string) => segments.find((segment) => segment.id === id) as Segment
  const quoteA = at('aljazeera:3')
  const quoteC = at('cnn:3')
  const claims: Claim[] = [
    {
      id: 'c0',
      segments: ['aljazeera:0', 'cnn:0'],
      status: 'agreement',
      score: 0.61,
      differences: [],
      details: [],
    },
    {
      id: 'c1',
      segments: ['aljazeera:2', 'cnn:2'],
      status: 'partial',
      score: 0.72,
      differences: [],
      details: [detailIn(at('cnn:2'), 'Wednesday in Davos')],
    },
    {
      id: 'c2',
      segments: ['aljazeera:3', 'cnn:3'],
      status: 'discrepancy',
      score: 0.83,
      differences: [
        {
          kind: 'quote',
          values: {
            aljazeera: 'as soon as possible, at the end of January',
            cnn: 'in the nearest future, during January',
          },
          explanation: 'The two sources quote Lavrov with different words.',
          spans: [
            spanIn(quoteA, 'as soon as possible, at the end of January'),
            spanIn(quoteC, 'in the nearest future, during January'),
          ],
        },
      ],
      details: [],
      links: [
        {
          from: 'aljazeera:3',
          to: 'cnn:3',
          probability: 0.83,
          words: [
            { from: 'political', to: 'political', kind: 'same' },
            { from: 'process', to: 'process', kind: 'same' },
            { from: 'January', to: 'January', kind: 'same' },
          ],
          names: ['January'],
          numbers: [],
          reasons: [
            { feature: 'coverMin', logOdds: 1.2, text: 'most words of each are in the other' },
            { feature: 'trigramDice', logOdds: 0.9, text: 'much of the wording is the same' },
          ],
          summary: "both say January; 'political process will begin' in both",
        },
      ],
      diffs: [
        {
          from: 'aljazeera:3',
          to: 'cnn:3',
          ops: [
            [0, '"The political process will begin, we hope, '],
            [-1, 'as soon as possible, at the end of'],
            [1, 'in the nearest future, during'],
            [0, ' January," he said.'],
          ],
        },
      ],
    },
    {
      id: 'c3',
      segments: ['aljazeera:4', 'cnn:4'],
      status: 'agreement',
      score: 0.9,
      differences: [],
      details: [],
    },
  ]
  return { version: 1, documents, segments, claims, unique: ['aljazeera:5', 'cnn:5'] }
}

function makeDocument(id: string, source: string, title: string, parts: [SegmentRole, string][]) {
  return { id, source, title, published: '2016-01-20', url: null, text: parts.map((p) => p[1]).join('\n') }
}

function makeSegments(doc: string, parts: [SegmentRole, string][]): Segment[] {
  let start = 0
  return parts.map(([role, text], n) => {
    const segment: Segment = { id: `${doc}:${n}`, doc, start, end: start + text.length, text, role }
    start += text.length + 1
    return segment
  })
}

function spanIn(segment: Segment, text: string) {
  const start = segment.start + segment.text.indexOf(text)
  return { doc: segment.doc, start, end: start + text.length }
}

function detailIn(segment: Segment, text: string) {
  return { ...spanIn(segment, text), text, segment: segment.id }
}
