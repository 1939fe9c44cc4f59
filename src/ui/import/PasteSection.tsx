import { type ClipboardEvent, useId, useState } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { draftFromPaste } from '../../import/draft-from-paste.ts'
import { acceptText } from '../../import/normalize-text.ts'
import { draftFromText } from '../../import/text-metadata.ts'
import { quietButton, textField } from '../workspace/button-styles.ts'
import { describeImportError } from './use-article-import.ts'

export interface PasteSectionProps {
  onDraft(draft: ArticleDraft): void
}

/**
 * Paste (or type) an article. A paste never lands in the field: it is read from the paste event,
 * so a 10 MB page does not stall the text area, and a copied web page is cut down to its article.
 */
export function PasteSection({ onDraft }: PasteSectionProps) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)

  const handlePaste = async (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const data = event.clipboardData
    const content = { html: data.getData('text/html'), text: data.getData('text/plain') }
    if (content.html === '' && content.text === '') return
    event.preventDefault()
    setReading(true)
    setError(null)
    try {
      onDraft(await draftFromPaste({ html: content.html, text: `${typed}${content.text}` }))
      setTyped('')
    } catch (caught) {
      setError(describeImportError(caught, 'The pasted text'))
    } finally {
      setReading(false)
    }
  }

  const useTyped = async () => {
    try {
      onDraft(await draftFromText(acceptText(typed, 'The text')))
      setTyped('')
    } catch (caught) {
      setError(describeImportError(caught, 'The text'))
    }
  }

  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        Paste an article
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        Copy a whole web page or just the story; links, menus and ads are left out.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        className={`${textField} h-28`}
        placeholder="Paste here (Ctrl+V / ⌘V), or type"
        value={typed}
        onPaste={handlePaste}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="mt-2 flex items-center gap-3">
        <button type="button" className={quietButton} onClick={useTyped} disabled={typed.trim() === ''}>
          Use typed text
        </button>
        {reading && (
          <span role="status" className="text-sm">
            Reading the paste…
          </span>
        )}
        {error && (
          <span role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </span>
        )}
      </div>
    </div>
  )
}
