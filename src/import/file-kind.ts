/** The kinds of file Crosscheck reads. */
export type FileKind = 'text' | 'html' | 'docx' | 'pdf'

const kindsByExtension: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

/** What the file picker offers. */
export const acceptedFileTypes = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/html'

/** The extensions named to a person when a file is not one of them. */
export const supportedExtensionsText = '.txt, .md, .html, .docx or .pdf'

/** The file's extension in lower case, without the dot; '' when it has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Decides how to read a file: by its first bytes when they are a known signature, else by its
 * extension, else by its media type. Returns null for a file Crosscheck does not read.
 */
export function detectFileKind(name: string, type: string, head: Uint8Array): FileKind | null {
  const byExtension = kindsByExtension[fileExtension(name)]
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf' // %PDF
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return byExtension === 'docx' ? 'docx' : null // zip
  if (byExtension) return byExtension
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type.startsWith('text/') || (type === '' && fileExtension(name) === '')) return 'text'
  return null
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}
