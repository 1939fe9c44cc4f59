import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ArticleInput } from '../engine/index.ts'
import { type DomEnvironment, extractHtmlArticle } from '../import/extract-html-article.ts'
import { withDetectedMetadata } from '../import/text-metadata.ts'
import { CliError } from './cli-error.ts'

/** The kinds of file `compare` reads, by extension. */
const KINDS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}

/**
 * Reads one article file; the id is the file's base name. Title, outlet and publication date come
 * from a page's head or a Markdown heading, else from what the text, file name and URL give away
 * (`withDetectedMetadata`). Throws a `CliError` for files it cannot use.
 */
export async function readArticleFile(
  path: string,
  loadDomEnvironment: () => Promise<DomEnvironment>,
): Promise<ArticleInput> {
  const id = basename(path)
  const kind = KINDS[extname(path).toLowerCase()]
  if (kind === undefined) {
    throw new CliError(`${path}: unsupported file type; use .txt, .md, .html or .htm`)
  }
  const text = requireText(path, decodeText(path, await readBytes(path)))
  const origin = { fileName: id }
  if (kind === 'text') return { id, ...(await withDetectedMetadata({ text }, origin)) }
  if (kind === 'markdown') {
    const title = findMarkdownTitle(text)
    return { id, ...(await withDetectedMetadata(title === null ? { text } : { text, title }, origin)) }
  }
  const page = extractHtmlArticle(text, await loadDomEnvironment())
  const draft = await withDetectedMetadata(
    {
      text: requireText(path, page.text),
      ...(page.title === null ? {} : { title: page.title }),
      source: page.source,
      published: page.published,
      url: page.url,
    },
    origin,
  )
  return { id, ...draft }
}

/** The text, unless it has nothing to compare (empty, blank, or a page with no text). */
function requireText(path: string, text: string): string {
  if (text.trim() === '') throw new CliError(`${path}: has no text`)
  return text
}

/** The file's bytes, with the system's reason turned into words when it cannot be read. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot read (${code ?? String(error)})`
    throw new CliError(`${path}: ${reason}`)
  }
}

/**
 * Strict decoding: UTF-8, or UTF-16 when a byte-order mark says so (as the app reads files), with
 * the mark stripped. A NUL byte in a file without a UTF-16 mark means a binary file even when it
 * happens to decode; a lenient decoder would hide a wrong encoding behind U+FFFD.
 */
export function decodeText(path: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  if (utf16 === null && bytes.includes(0)) throw new CliError(`${path}: looks like a binary file, not text`)
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${path}: is not valid ${utf16 === null ? 'UTF-8' : 'UTF-16'} text`)
  }
}

/** The text of the first `# ` heading, without closing hashes; null when there is none. */
export function findMarkdownTitle(markdown: string): string | null {
  const line = /^# .*$/m.exec(markdown)?.[0]
  if (line === undefined) return null
  let title = line.slice(2).trim()
  // A closing sequence of hashes is decoration (CommonMark ATX headings), trimmed without a regex.
  let end = title.length
  while (end > 0 && title[end - 1] === '#') end--
  if (end < title.length && (end === 0 || title[end - 1] === ' ')) title = title.slice(0, end).trim()
  return title === '' ? null : title
}
