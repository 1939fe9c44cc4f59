import { useState } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { ArticleFields } from '../workspace/ArticleFields.tsx'
import { tidyDraft } from '../workspace/article-edits.ts'
import { primaryButton, quietButton } from '../workspace/button-styles.ts'

/** How much of the text the review shows. */
const PREVIEW_CHARS = 700

export interface DraftReviewProps {
  draft: ArticleDraft
  onAdd(draft: ArticleDraft): void
  onDiscard(): void
}

/** A pasted or loaded article before it joins: its prefilled metadata to check, and its opening. */
export function DraftReview({ draft: initial, onAdd, onDiscard }: DraftReviewProps) {
  const [draft, setDraft] = useState(initial)
  const words = initial.text.split(/\s+/).filter(Boolean).length
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault()
        onAdd(tidyDraft(draft))
      }}
    >
      <ArticleFields value={draft} onChange={setDraft} />
      <figure className="rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950">
        <figcaption className="mb-1 text-xs font-semibold text-slate-600 dark:text-slate-400">
          Text found: {words.toLocaleString('en')} words
        </figcaption>
        <p className="max-h-40 overflow-hidden font-serif text-sm leading-relaxed whitespace-pre-line">
          {initial.text.slice(0, PREVIEW_CHARS)}
          {initial.text.length > PREVIEW_CHARS ? '…' : ''}
        </p>
      </figure>
      <div className="flex justify-end gap-2">
        <button type="button" className={quietButton} onClick={onDiscard}>
          Discard
        </button>
        <button type="submit" className={primaryButton}>
          Add to comparison
        </button>
      </div>
    </form>
  )
}
