import Papa from 'papaparse'
import { describeDifference, documentName, type Report } from '../engine/index.ts'

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
 * formula (`=`, `+`, `-`, `@`) are defused.
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
  return Papa.unparse({ fields: claimColumns, data: rows }, { escapeFormulae: true, newline: '\r\n' })
}
