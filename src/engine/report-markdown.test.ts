import { describe, expect, it } from 'vitest'
import { escapeMarkdown, formatReportMarkdown } from './report-markdown.ts'
import type { Report, Segment } from './types.ts'

const cnn = 'Kerry met Lavrov in Zurich. 400,000 Syrians are trapped. Kerry flies to Davos.'
const alj = 'Lavrov met Kerry in Zurich. 300,000 Syrians are trapped. The envoy <b>decides</b>.'

/** A segment of `text` found by its words, so offsets stay right when the fixture changes. */
function segment(doc: string, text: string, n: number, words: string): Segment {
  const start = text.indexOf(words)
  return { id: `${doc}:${n}`, doc, start, end: start + words.length, text: words, role: 'body' }
}

const segments = [
  segment('cnn', cnn, 0, 'Kerry met Lavrov in Zurich.'),
  segment('cnn', cnn, 1, '400,000 Syrians are trapped.'),
  segment('cnn', cnn, 2, 'Kerry flies to Davos.'),
  segment('alj', alj, 0, 'Lavrov met Kerry in Zurich.'),
  segment('alj', alj, 1, '300,000 Syrians are trapped.'),
  segment('alj', alj, 2, 'The envoy <b>decides</b>.'),
]

const report: Report = {
  version: 1,
  documents: [
    { id: 'cnn', title: 'Kerry, Lavrov meet', source: 'CNN', text: cnn, published: '2016-01-20' },
    { id: 'alj', title: 'Talks | invite list', source: null, text: alj },
  ],
  segments,
  claims: [
    {
      id: 'c0',
      segments: ['cnn:0', 'alj:0'],
      status: 'partial',
      score: 0.9,
      differences: [],
      details: [{ doc: 'cnn', start: 0, end: 5, text: 'Kerry', segment: 'cnn:0' }],
      links: [
        {
          from: 'cnn:0',
          to: 'alj:0',
          probability: 0.9,
          words: [{ from: 'met', to: 'met', kind: 'same' }],
          names: ['Kerry', 'Lavrov', 'Zurich'],
          numbers: [],
          reasons: [],
          summary: 'both say Kerry, Lavrov, Zurich',
        },
      ],
    },
    {
      id: 'c1',
      segments: ['cnn:1', 'alj:1'],
      status: 'discrepancy',
      score: 0.8,
      differences: [
        {
          kind: 'number',
          values: { cnn: '400,000', alj: '300,000' },
          explanation: 'The sources give different counts of trapped Syrians.',
        },
        { kind: 'date', values: { cnn: 'Monday', alj: 'not given' } },
      ],
      details: [],
    },
  ],
  unique: ['cnn:2', 'alj:2'],
  shortcuts: [{ limit: 'timeBudget', detail: 'Compared only the first 50 segments.' }],
}

describe('formatReportMarkdown', () => {
  const markdown = formatReportMarkdown(report)

  it('opens each claim with its probability and, when it has links, why they matched', () => {
    expect(markdown).toContain('90 % likely the same claim: both say Kerry, Lavrov, Zurich.')
    expect(markdown).toContain('80 % likely the same claim.')
  })

  it('puts the sections in reading order', () => {
    const order = [
      '# Crosscheck report',
      '## Summary',
      '## Discrepancies',
      '## Partial claims',
      '## Agreements',
      '## Unique details',
    ]
    const positions = order.map((heading) => markdown.indexOf(`${heading}\n`))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('counts claims by status and unique segments by document, and says when it was approximate', () => {
    expect(markdown).toContain('- 2 claims: 0 agreements, 1 partial, 1 discrepancy\n')
    expect(markdown).toContain('- 2 unique segments: cnn 1, alj 1\n')
    expect(markdown).toContain('Approximate result (timeBudget): Compared only the first 50 segments.')
  })

  it('explains a discrepancy with each value and each source wording', () => {
    const section = markdown.slice(
      markdown.indexOf('## Discrepancies'),
      markdown.indexOf('## Partial claims'),
    )
    expect(section).toContain('### 1. 400,000 Syrians are trapped.')
    expect(section).toContain(
      '- The sources give different counts of trapped Syrians.\n  - cnn: 400,000\n  - alj: 300,000\n- Date differs',
    )
    expect(section).toContain('- Date differs\n  - cnn: Monday\n  - alj: not given\n')
    expect(section).toContain(
      '- **cnn**: “400,000 Syrians are trapped.”\n- **alj**: “300,000 Syrians are trapped.”',
    )
  })

  it('lists the details of a partial claim and the unique segments under their document', () => {
    expect(markdown).toContain('- **cnn** adds “Kerry”')
    expect(markdown).toContain('### cnn\n\n- “Kerry flies to Davos.”')
    expect(markdown).toContain('Agreements\n\nNone found.')
  })

  it('treats article text as data: no raw HTML, no table breakage', () => {
    expect(markdown).toContain('“The envoy \\<b\\>decides\\</b\\>.”')
    expect(markdown).not.toContain('<b>')
    expect(markdown).toContain('| alj | Talks \\| invite list |  |  |')
  })
})

describe('escapeMarkdown', () => {
  it('keeps one line and escapes what would change the rendering', () => {
    expect(escapeMarkdown('a\n\n*b* [c](d) `e`')).toBe('a \\*b\\* \\[c\\](d) \\`e\\`')
  })
})
