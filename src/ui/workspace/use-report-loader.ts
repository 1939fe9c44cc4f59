import { useQueryClient } from '@tanstack/react-query'
import type { ArticleInput, Report } from '../../engine/report-api.ts'
import { compareClient } from '../compare-client.ts'

/**
 * A loader for the open comparison's report, for export: it shares the split view's query (same
 * key), so a finished comparison is not computed again and a running one is awaited.
 */
export function useReportLoader(articles: ArticleInput[], threshold: number): () => Promise<Report> {
  const queryClient = useQueryClient()
  return async () => {
    const options = { threshold }
    const result = await queryClient.fetchQuery({
      queryKey: ['comparison', articles, options],
      queryFn: ({ signal }) => compareClient.compare(articles, options, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    })
    return result.report
  }
}
