import { useState } from 'react'
import { applyOverrides, formatReportMarkdown } from '../../engine/report-api.ts'
import { serializeComparison } from '../../export/comparison-file.ts'
import { downloadFile, exportFileName } from '../../export/download-file.ts'
import type { SavedComparison } from './saved-comparison.ts'
import { useReportLoader } from './use-report-loader.ts'

/** The files a comparison exports to. */
export type ExportFormat = 'json' | 'md' | 'html' | 'csv'

/**
 * Downloads the open comparison in one format. The JSON keeps the engine's report beside the
 * verdicts (so importing it gives the same comparison); the reports show the verdicts applied.
 */
export function useComparisonExport(comparison: SavedComparison) {
  const [error, setError] = useState<string | null>(null)
  const loadReport = useReportLoader(comparison.articles, comparison.threshold)
  const exportAs = async (format: ExportFormat) => {
    setError(null)
    try {
      const report = await loadReport()
      const reviewed = applyOverrides(report, comparison.overrides)
      const name = exportFileName(comparison.name, format)
      if (format === 'json') downloadFile(name, serializeComparison(comparison, report), 'application/json')
      if (format === 'md') downloadFile(name, formatReportMarkdown(reviewed), 'text/markdown')
      if (format === 'html') {
        const { formatReportHtml } = await import('../../export/report-html.ts')
        downloadFile(name, formatReportHtml(reviewed, comparison.name), 'text/html')
      }
      if (format === 'csv') {
        // papaparse loads with the first CSV export.
        const { formatClaimsCsv } = await import('../../export/claims-csv.ts')
        downloadFile(name, formatClaimsCsv(reviewed), 'text/csv')
      }
    } catch (caught) {
      setError(`The export failed: ${caught instanceof Error ? caught.message : String(caught)}`)
    }
  }
  return { exportAs, error }
}
