import { type ArticleDraft, ImportError, MAX_FILE_BYTES } from './article-draft.ts'
import { decodeText } from './decode-text.ts'
import { detectFileKind, supportedExtensionsText } from './file-kind.ts'
import { acceptText } from './normalize-text.ts'
import { readDocx } from './read-docx.ts'
import { readPdf } from './read-pdf.ts'
import { draftFromText } from './text-metadata.ts'

/** The parts of a `File` an import needs, so tests can pass plain objects. */
export interface ImportableFile {
  name: string
  type: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * Turns one picked or dropped file into an article draft, or throws an `ImportError` whose
 * message names the file and says what went wrong. Title, outlet and date are prefilled from the
 * file's head, text and name where they show. HTML goes through sanitising and Readability;
 * the large parsers load only when a file needs them.
 */
export async function importFile(file: ImportableFile): Promise<ArticleDraft> {
  if (file.size === 0) throw new ImportError('empty', `${file.name} is empty.`)
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1)
    throw new ImportError('too-large', `${file.name} is ${megabytes} MB; Crosscheck opens files up to 20 MB.`)
  }
  const bytes = await file.arrayBuffer()
  const kind = detectFileKind(file.name, file.type, new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)))
  if (kind === null) {
    throw new ImportError(
      'unsupported',
      `${file.name} is not a file Crosscheck reads; use ${supportedExtensionsText}.`,
    )
  }
  if (kind === 'html') {
    const { draftFromHtml } = await import('./draft-from-html.ts')
    return draftFromHtml(decodeText(new Uint8Array(bytes), file.name), file.name, undefined, file.name)
  }
  const raw =
    kind === 'docx'
      ? await readDocx(bytes, file.name)
      : kind === 'pdf'
        ? await readPdf(bytes, file.name)
        : decodeText(new Uint8Array(bytes), file.name)
  const draft = await draftFromText(acceptText(raw, file.name), { fileName: file.name })
  return draft.title ? draft : { ...draft, title: baseName(file.name) }
}

/** A file's name without its extension, as the title of last resort ("print-edition"). */
function baseName(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}
