import Papa from 'papaparse'
import {
  describeDifference,
  documentName,
  factCellText,
  factRowNote,
  type Report,
} from '../engine/report-api.ts'

/** The CSV's columns, one row per segment of each claim. */
export const claimColumns = [
  'claim',
  'status',
  'score',
  'document',
  'outlet',
  'start',
  'end',
  'text',
  'differences',
]

/**
 * The claims as CSV for a spreadsheet: one row per segment of each claim, with the claim's status,
 * score and differences repeated on each of its rows. Cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`) are defused. When the report has a fact table, it follows as a
 * second section after a blank line (`formatFactTableCsv`).
 */
export function formatClaimsCsv(report: Report): string {
  const segments = new Map(report.segments.map((segment) => [segment.id, segment]))
  const documents = new Map(report.documents.map((doc) => [doc.id, doc]))
  const rows = report.claims.flatMap((claim) => {
    const differences = claim.differences
      .map((difference) => difference.explanation ?? describeDifference(difference, report.documents))
      .join('; ')
    return claim.segments.map((id) => {
      const segment = segments.get(id)
      const doc = segment ? documents.get(segment.doc) : undefined
      return [
        claim.id,
        claim.status,
        claim.score.toFixed(3),
        segment?.doc ?? '',
        doc ? documentName(doc) : '',
        segment?.start ?? '',
        segment?.end ?? '',
        segment?.text ?? '',
        differences,
      ]
    })
  })
  const claims = Papa.unparse({ fields: claimColumns, data: rows }, { escapeFormulae: true, newline: '\r\n' })
  const facts = formatFactTableCsv(report)
  return facts === '' ? claims : `${claims}\r\n\r\n${facts}`
}

/** The fact table's columns, one row per document's value of a fact slot. */
export const factColumns = ['fact', 'document', 'outlet', 'value', 'hedge', 'note', 'segment']

/**
 * The fact table as CSV (a second section of the claims CSV): one row per document's value of a
 * slot, with the row's note (conflicting values, updated over time). Empty when the report has none.
 */
export function formatFactTableCsv(report: Report): string {
  const rows = report.factTable ?? []
  if (rows.length === 0) return ''
  const documents = new Map(report.documents.map((doc) => [doc.id, doc]))
  const data = rows.flatMap((row) =>
    row.cells.map((cell) => {
      const doc = documents.get(cell.doc)
      return [
        row.label,
        cell.doc,
        doc ? documentName(doc) : '',
        factCellText(cell),
        cell.hedge ?? '',
        factRowNote(row),
        cell.segment,
      ]
    }),
  )
  return Papa.unparse({ fields: factColumns, data }, { escapeFormulae: true, newline: '\r\n' })
}
