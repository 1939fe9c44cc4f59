import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles.ts'
import { formatReportMarkdown } from '../report-markdown.ts'
import { factCellText } from './fact-table.ts'

const morning =
  'At least five people were killed and dozens injured when a magnitude 6.1 earthquake struck the coast on Tuesday, officials said.'
const nextDay =
  'At least 24 people were killed and 130 injured after a 6.1-magnitude earthquake struck the coast on Tuesday, the agency said.'
const other =
  'Three people were killed and 40 injured when a magnitude 5.9 earthquake struck the coast on Tuesday, police said.'

/** The three reports, published at the given times (null: undated). */
function reportOf(times: (string | null)[]) {
  return compareArticles(
    [morning, nextDay, other].map((text, at) => ({ id: `d${at}`, text, published: times[at] ?? null })),
  )
}

describe('buildFactTable', () => {
  it('gives the death toll as one row with every outlet, hedges kept', () => {
    const report = reportOf([null, null, null])
    const killed = report.factTable?.find((row) => row.label === 'killed')
    expect(killed?.cells.map(factCellText)).toEqual(['at least five', 'at least 24', 'Three'])
    expect(killed?.conflict).toBe(true)
    const injured = report.factTable?.find((row) => row.label === 'injured')
    expect(injured?.cells.map((cell) => cell.value)).toEqual(['130', '40'])
  })

  it('keeps a degree of a slot apart: badly damaged houses are some of the damaged, no conflict', () => {
    const houses = (second: string) =>
      compareArticles([
        {
          id: 'd0',
          text: 'Officials said 60 houses were damaged when the earthquake struck the town on Tuesday.',
        },
        { id: 'd1', text: second },
      ]).factTable?.find((row) => row.label === 'houses damaged')
    const badly = houses(
      'Officials said 35 houses were badly damaged when the earthquake struck the town on Tuesday.',
    )
    expect(badly?.cells.map(factCellText)).toEqual(['60', '35 (badly)'])
    expect(badly?.conflict).toBeUndefined()
    const other = houses(
      'Officials said 45 houses were damaged when the earthquake struck the town on Tuesday.',
    )
    expect(other?.cells.map(factCellText)).toEqual(['60', '45'])
    expect(other?.conflict).toBe(true)
  })

  it('marks a count that grows with publication time as an update, never a measure', () => {
    const report = reportOf(['2026-03-03T07:00', '2026-03-04T09:30', '2026-03-03T06:00'])
    const rows = new Map(report.factTable?.map((row) => [row.label, row]))
    expect(rows.get('killed')?.update).toBe(true)
    expect(rows.get('killed')?.cells.find((cell) => cell.doc === 'd1')?.published).toBe('2026-03-04T09:30')
    expect(rows.get('magnitude')?.cells.map((cell) => cell.value)).toEqual(['6.1', '6.1', '5.9'])
    expect(rows.get('magnitude')?.update).toBeUndefined()
    expect(rows.get('magnitude')?.conflict).toBe(true)
  })

  it('links each cell to its sentence and prints as a Markdown table', () => {
    const report = reportOf([null, null, null])
    for (const row of report.factTable ?? [])
      for (const cell of row.cells)
        expect(report.segments.find((segment) => segment.id === cell.segment)?.doc).toBe(cell.doc)
    expect(formatReportMarkdown(report)).toContain(
      '| killed | at least five | at least 24 | Three | conflicting values |',
    )
  })
})

describe('markUpdates', () => {
  const flags = (times: (string | null)[]) =>
    reportOf(times).claims.flatMap((claim) =>
      claim.differences.filter((difference) => difference.kind === 'number'),
    )

  it('calls a growing count of dated reports an update, with the times', () => {
    const updated = flags(['2026-03-03T07:00', '2026-03-04T09:30', '2026-03-03T06:00']).filter(
      (d) => d.update,
    )
    expect(updated.length).toBeGreaterThan(0)
    expect(updated[0]?.explanation).toMatch(/^Number updated over time: /)
    expect(Object.values(updated[0]?.times ?? {})).toEqual([...Object.values(updated[0]?.times ?? {})].sort())
  })

  it('says undated figures may be updates, and never marks a falling count', () => {
    const undated = flags([null, null, null])
    expect(undated.some((d) => d.update)).toBe(false)
    expect(undated.some((d) => /may be updates/.test(d.explanation ?? ''))).toBe(true)
    expect(flags(['2026-03-04', '2026-03-03', '2026-03-05']).some((d) => d.update)).toBe(false)
  })
})
