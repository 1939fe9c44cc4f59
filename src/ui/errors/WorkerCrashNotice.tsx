import { useEffect, useState } from 'react'
import type { CompareClient } from '../../worker/client.ts'
import { compareClient } from '../compare-client.ts'

export interface WorkerCrashNoticeProps {
  /** The client whose crashes are reported; the app's one client unless a test passes its own. */
  client?: Pick<CompareClient, 'onCrash'>
}

/**
 * Says when the comparison worker died and was restarted (the client restarts it on its own),
 * so a pause or a failed run is explained. The articles are untouched by a worker crash, and the
 * comparison retries once on the fresh worker (see useComparison).
 */
export function WorkerCrashNotice({ client = compareClient }: WorkerCrashNoticeProps) {
  const [crashes, setCrashes] = useState(0)
  useEffect(() => client.onCrash(() => setCrashes((count) => count + 1)), [client])
  if (crashes === 0) return null
  return (
    <div
      role="alert"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>
        The comparison worker stopped unexpectedly and was restarted
        {crashes > 1 ? ` (${crashes} times)` : ''}. Your articles are untouched, and the comparison is run
        again on the fresh worker.
      </span>
      <button type="button" className="underline" onClick={() => setCrashes(0)}>
        Dismiss
      </button>
    </div>
  )
}
