import { differenceTitles } from './summary/describe-difference.ts'
import { factCellText, factRowNote } from './summary/fact-table.ts'
import { formatProbability } from './summary/format-probability.ts'
import type { Claim, Report, Segment } from './types.ts'

/** The longest claim text shown in a heading; the full wording follows below it. */
const HEADING_LENGTH = 90

/**
 * Formats a report as Markdown for people: the documents, summary counts, discrepancies with their
 * explanations and each source's wording, partial claims with their details, agreements, and each
 * document's unique segments. Pure, so the CLI and the app's export print the same thing.
 */
export function formatReportMarkdown(report: Report): string {
  const segments = new Map(report.segments.map((segment) => [segment.id, segment]))
  const byStatus = (status: Claim['status']): Claim[] =>
    report.claims.filter((claim) => claim.status === status)
  const discrepancies = byStatus('discrepancy')
  const partials = byStatus('partial')
  const agreements = byStatus('agreement')
  const lines: string[] = ['# Crosscheck report', '']
  lines.push('| Document | Title | Source | Published |', '| --- | --- | --- | --- |')
  for (const document of report.documents) {
    const cells = [document.id, document.title, document.source ?? '', document.published ?? '']
    lines.push(`| ${cells.map(escapeMarkdown).join(' | ')} |`)
  }
  lines.push('', '## Summary', '')
  lines.push(
    `- ${count(report.claims.length, 'claim')}: ${count(agreements.length, 'agreement')}, ` +
      `${partials.length} partial, ${count(discrepancies.length, 'discrepancy', 'discrepancies')}`,
  )
  const uniqueByDoc = countUniqueByDocument(report, segments)
  const uniqueParts = report.documents.map(
    (document) => `${escapeMarkdown(document.id)} ${uniqueByDoc.get(document.id) ?? 0}`,
  )
  lines.push(`- ${count(report.unique.length, 'unique segment')}: ${uniqueParts.join(', ')}`)
  for (const shortcut of report.shortcuts ?? []) {
    lines.push(`- Approximate result (${escapeMarkdown(shortcut.limit)}): ${escapeMarkdown(shortcut.detail)}`)
  }
  lines.push(...formatFactTable(report))
  lines.push('', '## Discrepancies', '')
  if (discrepancies.length === 0) lines.push('None found.', '')
  discrepancies.forEach((claim, index) => {
    lines.push(...formatClaimHeading(claim, index, segments))
    for (const difference of claim.differences) {
      // The engine's explanation already names the kind ("Number differs: …"), so it stands alone.
      lines.push(`- ${escapeMarkdown(difference.explanation || differenceTitles[difference.kind])}`)
      for (const [doc, value] of Object.entries(difference.values)) {
        lines.push(`  - ${escapeMarkdown(doc)}: ${escapeMarkdown(value)}`)
      }
    }
    // A blank line ends the list: a following paragraph would otherwise continue its last item.
    lines.push('')
    lines.push(...formatDetails(claim), ...formatWording(claim, segments))
  })
  lines.push('## Partial claims', '')
  if (partials.length === 0) lines.push('None found.', '')
  partials.forEach((claim, index) => {
    lines.push(...formatClaimHeading(claim, index, segments), ...formatDetails(claim))
    lines.push(...formatWording(claim, segments))
  })
  lines.push('## Agreements', '')
  if (agreements.length === 0) lines.push('None found.')
  for (const claim of agreements) {
    const docs = [...new Set(claimSegments(claim, segments).map((segment) => segment.doc))]
    lines.push(`- ${quote(claimText(claim, segments))} (${docs.map(escapeMarkdown).join(', ')})`)
  }
  lines.push('', '## Unique details', '')
  if (report.unique.length === 0) lines.push('None: every compared segment belongs to a claim.', '')
  for (const document of report.documents) {
    const unique = report.unique
      .map((id) => segments.get(id))
      .filter((segment) => segment?.doc === document.id)
    if (unique.length === 0) continue
    lines.push(`### ${escapeMarkdown(document.id)}`, '')
    for (const segment of unique) if (segment !== undefined) lines.push(`- ${quote(segment.text)}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** `### n. <claim text>`, then the claim's probability and its strongest link's evidence: the lines that open a claim's section. */
function formatClaimHeading(claim: Claim, index: number, segments: Map<string, Segment>): string[] {
  const text = claimText(claim, segments)
  const short = text.length > HEADING_LENGTH ? `${text.slice(0, HEADING_LENGTH - 1).trimEnd()}…` : text
  const why = claim.links?.[0]?.summary
  const likely = `${formatProbability(claim.score)} likely the same claim${why ? `: ${escapeMarkdown(why)}` : ''}.`
  return [`### ${index + 1}. ${escapeMarkdown(short)}`, '', likely, '']
}

/** What each side adds, one line per detail. */
function formatDetails(claim: Claim): string[] {
  if (claim.details.length === 0) return []
  const lines = ['Details one side adds:', '']
  for (const detail of claim.details)
    lines.push(`- **${escapeMarkdown(detail.doc)}** adds ${quote(detail.text)}`)
  return [...lines, '']
}

/** Each source's wording of the claim. */
function formatWording(claim: Claim, segments: Map<string, Segment>): string[] {
  const lines = ['Wording:', '']
  const byDoc = new Map<string, string[]>()
  for (const segment of claimSegments(claim, segments)) {
    byDoc.set(segment.doc, [...(byDoc.get(segment.doc) ?? []), segment.text])
  }
  for (const [doc, texts] of byDoc) lines.push(`- **${escapeMarkdown(doc)}**: ${quote(texts.join(' … '))}`)
  return [...lines, '']
}

/** The claim's segments that the report defines, in claim order. */
function claimSegments(claim: Claim, segments: Map<string, Segment>): Segment[] {
  return claim.segments.flatMap((id) => segments.get(id) ?? [])
}

/** The first segment's text stands for the claim. */
function claimText(claim: Claim, segments: Map<string, Segment>): string {
  return claimSegments(claim, segments)[0]?.text ?? claim.id
}

/** Unique segments per document id. */
function countUniqueByDocument(report: Report, segments: Map<string, Segment>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of report.unique) {
    const doc = segments.get(id)?.doc
    if (doc !== undefined) counts.set(doc, (counts.get(doc) ?? 0) + 1)
  }
  return counts
}

/** `3 claims`, `1 claim`. */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/** Article text in quotation marks, on one line and with Markdown neutralised. */
function quote(text: string): string {
  return `“${escapeMarkdown(text)}”`
}

/**
 * Article text is data, not Markdown: collapse line breaks (a list item must stay one line) and
 * backslash-escape the characters that would start emphasis, links, HTML, code or table cells.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#!]/g, '\\$&')
}

/** The fact table as a Markdown table: one row per slot, one column per document (blank when it gives none). */
function formatFactTable(report: Report): string[] {
  const rows = report.factTable ?? []
  if (rows.length === 0) return []
  const header = ['Fact', ...report.documents.map((document) => document.source ?? document.id), 'Note']
  const lines = ['', '## Fact table', '', `| ${header.map(escapeMarkdown).join(' | ')} |`]
  lines.push(`| ${header.map(() => '---').join(' | ')} |`)
  for (const row of rows) {
    const cells = report.documents.map((document) => {
      const cell = row.cells.find((candidate) => candidate.doc === document.id)
      return cell ? factCellText(cell) : ''
    })
    lines.push(`| ${[row.label, ...cells, factRowNote(row)].map(escapeMarkdown).join(' | ')} |`)
  }
  return lines
}
