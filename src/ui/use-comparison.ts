import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ArticleInput } from '../engine/report-api.ts'
import { WorkerCrashedError } from '../worker/client.ts'
import type { WorkerCompareOptions } from '../worker/protocol.ts'
import { compareClient } from './compare-client.ts'

/** Progress of the running comparison, 0..1, with the engine stage's name. */
export interface ComparisonProgress {
  fraction: number
  stage: string
}

/**
 * Runs the comparison in the worker, keyed by its inputs: when the inputs change, the old run is
 * cancelled and its result can never be shown for the new inputs. While a new run is under way
 * the previous result stays on screen (`isPlaceholderData`), marked as out of date by the view.
 */
export function useComparison(articles: ArticleInput[], options: WorkerCompareOptions = {}) {
  const [progress, setProgress] = useState<ComparisonProgress | null>(null)
  const queryClient = useQueryClient()
  const queryKey = ['comparison', articles, options]
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => {
      setProgress({ fraction: 0, stage: 'starting' })
      return compareClient.compare(articles, options, {
        signal,
        onProgress: (fraction, stage) => setProgress({ fraction, stage }),
      })
    },
    staleTime: Number.POSITIVE_INFINITY,
    // A crashed worker has already been replaced: try once more on the fresh one, so a passing
    // crash costs a moment, not the view; a crash the input causes again is then shown.
    retry: (failures, error) => error instanceof WorkerCrashedError && failures < 1,
    retryDelay: 0,
    placeholderData: (previous) => previous,
  })
  /** Stops the running comparison; the worker is terminated and restarted on the next run. */
  const cancel = () => queryClient.cancelQueries({ queryKey })
  return { ...query, progress, cancel }
}
