import { useCallback, useState } from 'react'
import { type ArticleDraft, ImportError } from '../../import/article-draft.ts'
import { type ImportableFile, importFile } from '../../import/import-file.ts'

/** A message about an import, shown until dismissed. */
export interface ImportNotice {
  id: number
  message: string
}

let nextNoticeId = 1

/** The words for a failed import: the importer's own sentence, else a generic one naming the source. */
export function describeImportError(error: unknown, what: string): string {
  if (error instanceof ImportError) return error.message
  return `${what} could not be read.`
}

/**
 * Imports picked or dropped files, in their order, and hands every article that could be read to
 * `onAdd` at once; each file that failed gets a notice. Nothing already loaded is touched.
 */
export function useArticleImport(onAdd: (drafts: ArticleDraft[]) => void) {
  const [notices, setNotices] = useState<ImportNotice[]>([])
  const [pending, setPending] = useState(0)

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
      const drafts: ArticleDraft[] = []
      for (const file of files) {
        try {
          drafts.push(await importFile(file))
        } catch (error) {
          notify(describeImportError(error, file.name))
        } finally {
          setPending((count) => count - 1)
        }
      }
      if (drafts.length > 0) onAdd(drafts)
    },
    [onAdd, notify],
  )

  return { notices, notify, dismiss, pending, importFiles }
}
