import { type FormEvent, useId, useState } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { fetchArticle } from '../../import/fetch-article.ts'
import { quietButton, textField } from '../workspace/button-styles.ts'
import { describeImportError } from './use-article-import.ts'

export interface UrlSectionProps {
  onDraft(draft: ArticleDraft): void
}

/** Loads an article from a web address, only when the person presses Load. */
export function UrlSection({ onDraft }: UrlSectionProps) {
  const id = useId()
  const [url, setUrl] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setLoading(true)
    setError(null)
    try {
      onDraft(await fetchArticle(url))
      setUrl('')
    } catch (caught) {
      setError(describeImportError(caught, 'The page'))
    } finally {
      setLoading(false)
    }
  }

  return (
    <form onSubmit={submit}>
      <label htmlFor={id} className="text-sm font-medium">
        From a web address
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="url"
          required
          className={`${textField} mt-0`}
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" className={quietButton} disabled={loading}>
          {loading ? 'Loading…' : 'Load'}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  )
}
