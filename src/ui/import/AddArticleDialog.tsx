import { useState } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../../import/article-draft.ts'
import { draftFromPaste } from '../../import/draft-from-paste.ts'
import { primaryButton } from '../workspace/button-styles.ts'
import { Dialog } from '../workspace/Dialog.tsx'
import { DraftReview } from './DraftReview.tsx'
import { FilePickerButton } from './FilePickerButton.tsx'
import { PasteSection } from './PasteSection.tsx'
import { UrlSection } from './UrlSection.tsx'
import { describeImportError } from './use-article-import.ts'
import { usePagePaste } from './use-page-paste.ts'

export interface AddArticleDialogProps {
  onAdd(drafts: ArticleDraft[]): void
  onFiles(files: File[]): void
}

/**
 * The "Add article" button and its dialog: paste, pick files, or load a web address. A paste
 * anywhere on the page opens it on the pasted article.
 */
export function AddArticleDialog({ onAdd, onFiles }: AddArticleDialogProps) {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<ArticleDraft | null>(null)
  const [pageError, setPageError] = useState<string | null>(null)
  const close = () => {
    setOpen(false)
    setDraft(null)
    setPageError(null)
  }
  usePagePaste(async (content) => {
    setOpen(true)
    setPageError(null)
    try {
      setDraft(await draftFromPaste(content))
    } catch (error) {
      setPageError(describeImportError(error, 'The pasted text'))
    }
  })
  return (
    <>
      <button type="button" className={`${primaryButton} print:hidden`} onClick={() => setOpen(true)}>
        + Add article
      </button>
      <Dialog title={draft ? 'Check the new article' : 'Add an article'} open={open} onClose={close} wide>
        {draft ? (
          <DraftReview
            draft={draft}
            onAdd={(checked) => {
              onAdd([checked])
              close()
            }}
            onDiscard={() => setDraft(null)}
          />
        ) : (
          <div className="space-y-6">
            {pageError && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                {pageError}
              </p>
            )}
            <PasteSection onDraft={setDraft} />
            <div>
              <p className="text-sm font-medium">From files</p>
              <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
                .txt, .md, .html, .docx or .pdf, several at once; or drop them anywhere on the page. Files up
                to {MAX_FILE_BYTES / (1024 * 1024)} MB; articles up to{' '}
                {(MAX_TEXT_CHARS / 1_000_000).toLocaleString('en')} million characters.
              </p>
              <FilePickerButton
                onFiles={(files) => {
                  close()
                  onFiles(files)
                }}
              />
            </div>
            <UrlSection onDraft={setDraft} />
            <p className="text-xs text-slate-600 dark:text-slate-400">
              What you paste or drop stays in this browser; it is never uploaded.
            </p>
          </div>
        )}
      </Dialog>
    </>
  )
}
