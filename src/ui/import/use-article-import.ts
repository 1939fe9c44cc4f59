import { useCallback, useState } from 'react'
import { type ComparisonPayload, parseComparison } from '../../export/comparison-file.ts'
import { type ArticleDraft, ImportError } from '../../import/article-draft.ts'
import { fileExtension } from '../../import/file-kind.ts'
import { type ImportableFile, importFile } from '../../import/import-file.ts'
import { tidyDraft } from '../workspace/article-edits.ts'

/** A file that was read and waits in the review step, its fields prefilled and editable. */
export interface PendingFile {
  /** Stable while the review is open, so edits and removals find their row. */
  key: number
  /** The dropped or picked file's name. */
  fileName: string
  /** The article as read, with what the person has corrected so far. */
  draft: ArticleDraft
}

/** A message about an import, shown until dismissed. */
export interface ImportNotice {
  id: number
  message: string
}

let nextNoticeId = 1
let nextFileKey = 1

/** The words for a failed import: the importer's own sentence, else a generic one naming the source. */
export function describeImportError(error: unknown, what: string): string {
  if (error instanceof ImportError) return error.message
  return `${what} could not be read.`
}

/** The largest comparison export read back (50 MB). */
const MAX_COMPARISON_BYTES = 50 * 1024 * 1024

/** Reads a dropped comparison export; throws with the reason in words. */
async function readComparisonFile(file: ImportableFile): Promise<ComparisonPayload> {
  if (file.size > MAX_COMPARISON_BYTES) throw new Error('it is larger than 50 MB')
  return parseComparison(new TextDecoder().decode(await file.arrayBuffer()))
}

/**
 * Imports picked or dropped files, in their order, into the review step (`review`), where every
 * article that could be read waits with its prefilled fields until the person adds them all
 * (`addReviewed`, which hands them to `onAdd`) or cancels; each file that failed gets a notice.
 * A Crosscheck JSON export among them opens as a comparison of its own (`onComparison`). Nothing
 * already loaded is touched.
 */
export function useArticleImport(
  onAdd: (drafts: ArticleDraft[]) => void,
  onComparison: (payload: ComparisonPayload) => void,
) {
  const [notices, setNotices] = useState<ImportNotice[]>([])
  const [pending, setPending] = useState(0)
  const [review, setReview] = useState<PendingFile[]>([])

  const notify = useCallback((message: string) => {
    setNotices((current) => [...current, { id: nextNoticeId++, message }])
  }, [])

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id))
  }, [])

  const importFiles = useCallback(
    async (files: ImportableFile[]) => {
      if (files.length === 0) return
      setPending((count) => count + files.length)
      const read: PendingFile[] = []
      for (const file of files) {
        try {
          if (fileExtension(file.name) === 'json') onComparison(await readComparisonFile(file))
          else read.push({ key: nextFileKey++, fileName: file.name, draft: await importFile(file) })
        } catch (error) {
          const json =
            fileExtension(file.name) === 'json' && error instanceof Error && !(error instanceof ImportError)
          notify(
            json
              ? `${file.name} could not be opened: ${error.message}.`
              : describeImportError(error, file.name),
          )
        } finally {
          setPending((count) => count - 1)
        }
      }
      if (read.length > 0) setReview((current) => [...current, ...read])
    },
    [onComparison, notify],
  )

  const editReviewed = useCallback((key: number, draft: ArticleDraft) => {
    setReview((current) => current.map((file) => (file.key === key ? { ...file, draft } : file)))
  }, [])

  const leaveOut = useCallback((key: number) => {
    setReview((current) => current.filter((file) => file.key !== key))
  }, [])

  const addReviewed = useCallback(() => {
    if (review.length > 0) onAdd(review.map((file) => tidyDraft(file.draft)))
    setReview([])
  }, [review, onAdd])

  const cancelReview = useCallback(() => setReview([]), [])

  return {
    notices,
    notify,
    dismiss,
    pending,
    importFiles,
    review,
    editReviewed,
    leaveOut,
    addReviewed,
    cancelReview,
  }
}
