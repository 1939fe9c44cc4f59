// @vitest-environment jsdom
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import type { Report } from '../engine/index.ts'
import { claimColumns, formatClaimsCsv } from './claims-csv.ts'
import { parseComparison, serializeComparison } from './comparison-file.ts'
import { exportFileName } from './download-file.ts'
import { formatReportHtml, reportHtmlPolicy } from './report-html.ts'

const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>"quoted" & \'single\''
const textA = `Talks stall. ${hostile}`
const textB = '=HYPERLINK("http://evil.example") Talks stall.'

/** A small report whose article text and metadata carry markup and spreadsheet formulas. */
const report: Report = {
  version: 1,
  documents: [
    { id: 'a', title: '<b>Title A</b>', source: 'Outlet <A>', text: textA, url: 'https://a.example/"x"' },
    { id: 'b', title: 'Title B', source: null, text: textB },
  ],
  segments: [
    { id: 'a:0', doc: 'a', start: 0, end: 12, text: 'Talks stall.', role: 'headline' },
    { id: 'a:1', doc: 'a', start: 13, end: textA.length, text: hostile, role: 'body' },
    { id: 'b:0', doc: 'b', start: 0, end: textB.length, text: textB, role: 'body' },
  ],
  claims: [
    {
      id: 'c0',
      segments: ['a:0', 'b:0'],
      status: 'discrepancy',
      score: 0.8123,
      differences: [
        { kind: 'number', values: { a: '<1>', b: '2' }, explanation: 'Number differs: <1> vs 2' },
      ],
      details: [],
    },
  ],
  unique: ['a:1'],
}

describe('comparison JSON', () => {
  const payload = {
    name: 'Syria talks',
    articles: [
      { id: 'a', text: textA, title: 'A', source: 'Outlet', published: '2016-01-20', url: null },
      { id: 'b', text: textB },
    ],
    overrides: { 'a:0|b:0': 'not-same' as const },
    threshold: 0.5,
  }

  test('round-trips articles, verdicts and sensitivity, and carries the report', () => {
    const json = serializeComparison(payload, report, new Date('2026-01-01T00:00:00Z'))
    expect(JSON.parse(json)).toMatchObject({ format: 'crosscheck-comparison', version: 1, report })
    expect(parseComparison(json)).toEqual(payload)
  })

  test.each([
    ['not json', 'the file is not JSON'],
    ['{"format":"other"}', 'this is not a Crosscheck comparison'],
    ['{"version":2,"articles":[]}', 'newer Crosscheck (format version 2)'],
    ['{"articles":{}}', 'it has no list of articles'],
    ['{"articles":[{"id":"a"}],"threshold":0.5}', 'article 1 has no id or no text'],
    ['{"articles":[{"id":"a","text":""},{"id":"a","text":""}],"threshold":0.5}', 'same id'],
    ['{"articles":[{"id":"a","text":"","source":5}],"threshold":0.5}', 'a source that is not text'],
    ['{"articles":[],"threshold":7}', 'between 0 and 1'],
    ['{"articles":[],"threshold":0.5,"overrides":{"k":"maybe"}}', 'unknown verdict "maybe"'],
  ])('refuses %s', (json, reason) => {
    expect(() => parseComparison(json)).toThrow(reason)
  })
})

describe('HTML report', () => {
  const html = formatReportHtml(report, 'Talks <script>', new Date('2026-01-01T00:00:00Z'))

  test('carries its own CSP that forbids loading anything', () => {
    expect(reportHtmlPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    const document = new DOMParser().parseFromString(html, 'text/html')
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
    expect(meta?.getAttribute('content')).toBe(reportHtmlPolicy)
  })

  test('escapes every piece of article text and metadata', () => {
    const document = new DOMParser().parseFromString(html, 'text/html')
    expect(document.querySelectorAll('script, img, b, [onerror]')).toHaveLength(0)
    expect(document.title).toBe('Talks <script> · Crosscheck report')
    expect(document.body.textContent).toContain(hostile)
    expect(document.body.textContent).toContain('Outlet <A>')
    expect(document.body.textContent).toContain('Number differs: <1> vs 2')
    expect(html).not.toContain('<img')
  })

  test('lists the claims by status and the passages only one article has', () => {
    const document = new DOMParser().parseFromString(html, 'text/html')
    const headings = [...document.querySelectorAll('h2')].map((heading) => heading.textContent)
    expect(headings).toEqual([
      'Discrepancies (1)',
      'Partial agreement: one side adds details (0)',
      'Agreements (0)',
      'Reported by one article only',
    ])
  })
})

describe('claims CSV', () => {
  test('one row per passage of each claim, and formulas defused', () => {
    const csv = formatClaimsCsv(report)
    const parsed = Papa.parse<string[]>(csv.trim())
    expect(parsed.data[0]).toEqual(claimColumns)
    expect(parsed.data.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['c0', 'discrepancy', '0.812', 'a', 'Outlet <A>'],
      ['c0', 'discrepancy', '0.812', 'b', 'Title B'],
    ])
    expect(parsed.data[2]?.[7]).toBe(`'${textB}`)
  })
})

test('export file names are plain and dated', () => {
  expect(exportFileName('Demo: Syria talks, Zürich!', 'json', new Date('2016-01-20T10:00:00Z'))).toBe(
    'crosscheck-demo-syria-talks-zurich-2016-01-20.json',
  )
  expect(exportFileName('???', 'csv', new Date('2016-01-20T10:00:00Z'))).toBe(
    'crosscheck-comparison-2016-01-20.csv',
  )
})
