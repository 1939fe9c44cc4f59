/**
 * Turns a DOM subtree into plain text with one paragraph per block, separated by blank lines.
 * `textContent` alone runs paragraphs together ("…talks.The meeting…"), which would merge
 * sentences across paragraphs; so block boundaries become breaks and inline whitespace collapses.
 */

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'HEAD',
])

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
])

/** Node types from the DOM standard, spelled out because Node has no `Node` global outside jsdom. */
const ELEMENT_NODE = 1
const TEXT_NODE = 3
/** Document and document-fragment nodes: walked like a block. */
const CONTAINERS = new Set([9, 11])

/** Marks the end of a block on the traversal stack. */
const BLOCK_END = Symbol('block end')

/** Plain text of a subtree: paragraphs separated by a blank line, whitespace inside each collapsed. */
export function extractBlockText(root: Node): string {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim()
    if (paragraph !== '') paragraphs.push(paragraph)
    current = ''
  }
  // An explicit stack rather than recursion: a hostile page can nest elements deeper than the call stack.
  const stack: Array<Node | typeof BLOCK_END> = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node === BLOCK_END) {
      flush()
      continue
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? ''
      continue
    }
    if (node.nodeType !== ELEMENT_NODE && !CONTAINERS.has(node.nodeType)) continue
    const tag = node.nodeName.toUpperCase()
    if (SKIPPED.has(tag)) continue
    if (BLOCKS.has(tag) || CONTAINERS.has(node.nodeType)) {
      flush()
      stack.push(BLOCK_END)
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child)
  }
  flush()
  return paragraphs.join('\n\n')
}
