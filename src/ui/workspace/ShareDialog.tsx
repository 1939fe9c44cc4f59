import { useId, useState } from 'react'
import { createShareLink, type ShareLink } from '../../share/share-link.ts'
import { primaryButton, quietButton, textField } from './button-styles.ts'
import { Dialog } from './Dialog.tsx'
import type { SavedComparison } from './saved-comparison.ts'
import { useComparisonExport } from './use-comparison-export.ts'

export interface ShareDialogProps {
  comparison: SavedComparison
}

/**
 * A link that carries the whole comparison in its fragment, which browsers never send to a
 * server. Too large for a link (more than 32 KB): says so and offers the JSON export instead.
 */
export function ShareDialog({ comparison }: ShareDialogProps) {
  const { exportAs, error } = useComparisonExport(comparison)
  const [link, setLink] = useState<ShareLink | null>(null)
  const [copied, setCopied] = useState(false)
  const fieldId = useId()
  const share = async () => {
    setCopied(false)
    setLink(await createShareLink(comparison, window.location.href))
  }
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <>
      <button type="button" className={quietButton} onClick={() => void share()}>
        Share link
      </button>
      <Dialog title="Share this comparison" open={link !== null} onClose={() => setLink(null)}>
        {link?.ok ? (
          <div className="space-y-3">
            <p className="text-sm">
              The link holds the articles and your verdicts in its <code>#</code> part, which browsers never
              send to a server. Anyone with the link can read the articles.
            </p>
            <label htmlFor={fieldId} className="block text-sm font-medium">
              Link ({Math.ceil(link.length / 1024)} KB)
              <input
                id={fieldId}
                readOnly
                className={textField}
                value={link.url}
                onFocus={(e) => e.target.select()}
              />
            </label>
            <div className="flex items-center gap-3">
              <button type="button" className={primaryButton} onClick={() => void copy(link.url)}>
                Copy link
              </button>
              <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
                {copied ? 'Copied.' : ''}
              </span>
            </div>
          </div>
        ) : link ? (
          <div role="alert" className="space-y-3">
            <p className="text-sm">
              This comparison is too large for a link ({Math.ceil(link.length / 1024)} KB; links stop at 32
              KB). Export it as JSON and send the file instead.
            </p>
            <button type="button" className={primaryButton} onClick={() => void exportAs('json')}>
              Export JSON
            </button>
            {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
          </div>
        ) : null}
      </Dialog>
    </>
  )
}
