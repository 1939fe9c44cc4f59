/// <reference path="./mammoth-browser.d.ts" />
import { ImportError } from './article-draft.ts'

/**
 * The text of a Word document, one paragraph a block. mammoth (about 600 KB) loads only when
 * the first .docx arrives.
 */
export async function readDocx(bytes: ArrayBuffer, fileName: string): Promise<string> {
  const { default: mammoth } = await import('mammoth/mammoth.browser.js')
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: bytes })
    return result.value
  } catch {
    throw new ImportError('unreadable', `${fileName} could not be read as a Word document.`)
  }
}
