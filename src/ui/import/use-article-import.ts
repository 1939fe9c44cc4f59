import { useCallback, useState } from 'react'
import { type ComparisonPayload, parseComparison } from '../../export/comparison-file.ts'
import { type ArticleDraft, ImportError } from '../../import/article-draft.ts'
import { fileExtension } from '../../import/file-kind.ts'
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

/** The largest comparison export read back (50 MB). */
const MAX_COMPARISON_BYTES = 50 * 1024 * 1024

/** Reads a dropped comparison export; throws with the reason in words. */
async function readComparisonFile(file: ImportableFile): Promise<ComparisonPayload> {
  if (file.size > MAX_COMPARISON_BYTES) throw new Error('it is larger than 50 MB')
  return parseComparison(new TextDecoder().decode(await file.arrayBuffer()))
}

/**
 * Imports picked or dropped files, in their order, and hands every article that could be read to
 * `onAdd` at once; each file that failed gets a notice. A Crosscheck JSON export among them opens
 * as a comparison of its own (`onComparison`). Nothing already loaded is touched.
 */
export function useArticleImport(
  onAdd: (drafts: ArticleDraft[]) => void,
  onComparison: (payload: ComparisonPayload) => void,
) {
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
          if (fileExtension(file.name) === 'json') onComparison(await readComparisonFile(file))
          else drafts.push(await importFile(file))
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
      if (drafts.length > 0) onAdd(drafts)
    },
    [onAdd, onComparison, notify],
  )

  return { notices, notify, dismiss, pending, importFiles }
}
