import { useId, useState } from 'react'
import type { ArticleInput } from '../../engine/report-api.ts'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { ArticleFields } from './ArticleFields.tsx'
import { tidyDraft } from './article-edits.ts'
import { primaryButton, quietButton, textField } from './button-styles.ts'
import { Dialog } from './Dialog.tsx'

/** Texts longer than this are not offered for editing in a text field, which would stall the page. */
const MAX_EDITABLE_CHARS = 200_000

export interface ArticleEditDialogProps {
  article: ArticleInput
  onSave(changes: ArticleDraft): void
  onClose(): void
}

/** Edits one article's metadata and (when it is not huge) its text. */
export function ArticleEditDialog({ article, onSave, onClose }: ArticleEditDialogProps) {
  const [draft, setDraft] = useState<ArticleDraft>(() => ({ ...article }))
  const textId = useId()
  const editable = article.text.length <= MAX_EDITABLE_CHARS
  return (
    <Dialog title={`Edit “${article.title ?? article.id}”`} open onClose={onClose} wide>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault()
          if (draft.text.trim() === '') return
          onSave(tidyDraft(draft))
          onClose()
        }}
      >
        <ArticleFields value={draft} onChange={setDraft} />
        {editable ? (
          <label htmlFor={textId} className="block text-sm font-medium">
            Text
            <textarea
              id={textId}
              className={`${textField} h-64 font-serif leading-relaxed`}
              value={draft.text}
              required
              onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            />
          </label>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The text ({article.text.length.toLocaleString('en')} characters) is too long to edit here.
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" className={quietButton} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButton}>
            Save changes
          </button>
        </div>
      </form>
    </Dialog>
  )
}
