import {
  type Claim,
  type ClaimStatus,
  describeDifference,
  documentName,
  factCellText,
  factRowNote,
  type Report,
  type Segment,
} from '../engine/report-api.ts'
import { escapeHtml } from './escape-html.ts'

/**
 * The exported page's own policy: opened from disk it may load nothing at all (no remote image,
 * font or stylesheet), run no script, and keep only its inline styles.
 */
export const reportHtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const statusTitles: Record<ClaimStatus, string> = {
  discrepancy: 'Discrepancies',
  partial: 'Partial agreement: one side adds details',
  agreement: 'Agreements',
}

const style = `body{font:15px/1.55 Georgia,serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3,th,.meta{font-family:system-ui,sans-serif}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.claim{border-left:4px solid #999;padding:.2rem .8rem;margin:1rem 0;break-inside:avoid}
.discrepancy{border-color:#b4235a}.partial{border-color:#1d6fa5}.agreement{border-color:#1f7a4d}
.doc{font:600 12px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#555}
.meta{color:#555;font-size:13px}ul{padding-left:1.2rem}`

/**
 * The comparison as one static HTML page: documents, claims by status with each source's wording,
 * differences and added details, and each document's unique passages. Every piece of article text
 * and metadata is escaped, and the page carries a CSP that forbids loading anything.
 */
export function formatReportHtml(report: Report, name: string, generated = new Date()): string {
  const segments = new Map(report.segments.map((segment) => [segment.id, segment]))
  const documents = new Map(report.documents.map((doc) => [doc.id, doc]))
  const docName = (id: string) => {
    const doc = documents.get(id)
    return escapeHtml(doc ? documentName(doc) : id)
  }
  const wording = (segment: Segment | undefined) =>
    segment ? `<p><span class="doc">${docName(segment.doc)}</span><br>${escapeHtml(segment.text)}</p>` : ''
  const claimHtml = (claim: Claim) => {
    const differences = claim.differences.map(
      (difference) =>
        `<li>${escapeHtml(difference.explanation ?? describeDifference(difference, report.documents))}</li>`,
    )
    const details = claim.details.map(
      (detail) => `<li>${docName(detail.doc)} adds: ${escapeHtml(detail.text)}</li>`,
    )
    const notes = [...differences, ...details]
    return `<section class="claim ${claim.status}">${claim.segments.map((id) => wording(segments.get(id))).join('')}${
      notes.length > 0 ? `<ul>${notes.join('')}</ul>` : ''
    }</section>`
  }
  const statusSections = (['discrepancy', 'partial', 'agreement'] as const).map((status) => {
    const claims = report.claims.filter((claim) => claim.status === status)
    return `<h2>${statusTitles[status]} (${claims.length})</h2>${claims.map(claimHtml).join('')}`
  })
  const uniqueSections = report.documents.map((doc) => {
    const unique = report.unique.map((id) => segments.get(id)).filter((segment) => segment?.doc === doc.id)
    const items = unique.map((segment) => `<li>${escapeHtml(segment?.text ?? '')}</li>`).join('')
    return `<h3>${docName(doc.id)} (${unique.length})</h3>${items ? `<ul>${items}</ul>` : '<p class="meta">None.</p>'}`
  })
  const rows = report.documents.map(
    (doc) =>
      `<tr><td>${escapeHtml(doc.source ?? '')}</td><td>${escapeHtml(doc.title)}</td><td>${escapeHtml(
        doc.published ?? '',
      )}</td><td>${escapeHtml(doc.url ?? '')}</td></tr>`,
  )
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportHtmlPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(name)} · Crosscheck report</title><style>${style}</style></head>
<body><h1>${escapeHtml(name)}</h1>
<p class="meta">Crosscheck report, ${escapeHtml(generated.toISOString().slice(0, 10))}: ${report.claims.length} claims across ${
    report.documents.length
  } articles.</p>
<table><thead><tr><th>Outlet</th><th>Title</th><th>Published</th><th>URL</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${factTableHtml(report, docName)}
${statusSections.join('\n')}
<h2>Reported by one article only</h2>${uniqueSections.join('\n')}
</body></html>
`
}

/** The fact table section: one row per fact slot, one column per article; empty when the report has none. */
function factTableHtml(report: Report, docName: (id: string) => string): string {
  const rows = report.factTable ?? []
  if (rows.length === 0) return ''
  const head = report.documents.map((doc) => `<th>${docName(doc.id)}</th>`).join('')
  const body = rows.map((row) => {
    const cells = report.documents.map((doc) => {
      const cell = row.cells.find((candidate) => candidate.doc === doc.id)
      return `<td>${cell ? escapeHtml(factCellText(cell)) : ''}</td>`
    })
    return `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}<td>${escapeHtml(factRowNote(row))}</td></tr>`
  })
  return `<h2>Fact table</h2><table><thead><tr><th>Fact</th>${head}<th>Note</th></tr></thead><tbody>${body.join('')}</tbody></table>`
}
