import type { PDFPageProxy } from 'pdfjs-dist'
import { ImportError } from './article-draft.ts'
import { joinPdfLines, type PdfLine } from './join-pdf-lines.ts'

/** The part of pdf.js this reader uses, so tests can hand in the Node build. */
export type PdfjsModule = Pick<typeof import('pdfjs-dist'), 'getDocument'>

/**
 * pdf.js (about 1.5 MB with its worker) loads only when the first PDF arrives. Its worker is a
 * same-origin module file, which the app's CSP (`worker-src 'self' blob:`) allows.
 */
async function loadBrowserPdfjs(): Promise<PdfjsModule> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ])
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default
  return pdfjs
}

/** The text layer of a PDF, page after page, its layout lines rejoined into paragraphs. */
export async function readPdf(
  bytes: ArrayBuffer,
  fileName: string,
  loadPdfjs: () => Promise<PdfjsModule> = loadBrowserPdfjs,
): Promise<string> {
  const pdfjs = await loadPdfjs()
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
    disableFontFace: true,
  })
  try {
    const document = await task.promise
    const pages: string[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(joinPdfLines(linesOf(content.items)))
    }
    return pages.filter((page) => page !== '').join('\n\n')
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ImportError('unreadable', `${fileName} is protected by a password.`)
    }
    throw new ImportError('unreadable', `${fileName} could not be read as a PDF.`)
  } finally {
    await task.destroy()
  }
}

type TextLayerItem = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number]

/** Groups text-layer items into lines; an item that ends a line carries `hasEOL`. */
function linesOf(items: TextLayerItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let text = ''
  let y = 0
  let height = 0
  for (const item of items) {
    if (!('str' in item)) continue
    if (text === '') {
      y = item.transform[5] ?? 0
      height = item.height || Math.abs(item.transform[3] ?? 0)
    }
    text += item.str
    if (item.hasEOL) {
      lines.push({ text, y, height })
      text = ''
    }
  }
  if (text !== '') lines.push({ text, y, height })
  return lines
}
