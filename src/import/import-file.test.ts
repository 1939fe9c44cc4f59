import { describe, expect, test } from 'vitest'
import { makeDocx, makePdf } from '../../e2e/support/make-documents.ts'
import { ImportError } from './article-draft.ts'
import { type ImportableFile, importFile } from './import-file.ts'
import { joinPdfLines } from './join-pdf-lines.ts'
import { readPdf } from './read-pdf.ts'

function fileOf(name: string, content: Uint8Array | string, type = ''): ImportableFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return {
    name,
    type,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.slice().buffer,
  }
}

/** pdf.js's Node build, as the CLI would load it; the app loads the browser build with its worker. */
const loadNodePdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs')

describe('importFile', () => {
  test('reads plain text and Markdown, taking the title from the first line', async () => {
    const text = await importFile(fileOf('story.txt', 'Kerry, Lavrov meet\r\n\r\nThey met in Zurich.'))
    expect(text).toEqual({ text: 'Kerry, Lavrov meet\n\nThey met in Zurich.', title: 'Kerry, Lavrov meet' })
    const markdown = await importFile(fileOf('notes.md', '# Talks stall\n\nNo list was agreed.'))
    expect(markdown.title).toBe('Talks stall')
  })

  test('prefills outlet and date from the file name and the text, and skips a timestamp for the title', async () => {
    const named = await importFile(
      fileOf('cnn-2016-01-20-talks.txt', 'Kerry, Lavrov meet\n\nThey met in Zurich.'),
    )
    expect(named).toMatchObject({ title: 'Kerry, Lavrov meet', source: 'CNN', published: '2016-01-20' })
    const stamped = await importFile(
      fileOf(
        'quake.txt',
        '3 July 2013 Last updated at 13:38 GMT\n\nQuake kills five\n\nA quake struck.\n\nBBC News',
      ),
    )
    expect(stamped).toMatchObject({ title: 'Quake kills five', source: 'BBC News', published: '2013-07-03' })
  })

  test('names an article after its file when the first line is not a headline', async () => {
    const draft = await importFile(fileOf('wire-copy.txt', 'Diplomats met on Wednesday.\nNo deal.'))
    expect(draft.title).toBe('wire-copy')
  })

  test('reads a Word document made with docx, paragraph by paragraph', async () => {
    const docx = await makeDocx('Ministers fail to agree', [
      'They met in Zurich on Wednesday.',
      'Talks open on January 25.',
    ])
    const draft = await importFile(fileOf('story.docx', new Uint8Array(docx)))
    expect(draft).toEqual({
      title: 'Ministers fail to agree',
      text: 'Ministers fail to agree\n\nThey met in Zurich on Wednesday.\n\nTalks open on January 25.',
    })
  })

  test.each([
    ['empty.txt', '', 'empty', 'empty.txt is empty.'],
    [
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'binary',
      'photo.txt is not a text file (it holds binary data).',
    ],
    [
      'sheet.xlsx',
      new Uint8Array([0x50, 0x4b, 3, 4, 9]),
      'unsupported',
      /sheet\.xlsx is not a file Crosscheck reads/,
    ],
    ['image.png', new Uint8Array([0x89, 0x50]), 'unsupported', /use \.txt, \.md, \.html, \.docx or \.pdf/],
    ['blank.md', '  \n\n  ', 'no-text', 'blank.md has no text in it.'],
    [
      'broken.docx',
      new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]),
      'unreadable',
      'broken.docx could not be read as a Word document.',
    ],
  ])('refuses %s with a clear reason', async (name, content, reason, message) => {
    const failure = importFile(fileOf(name, content))
    await expect(failure).rejects.toBeInstanceOf(ImportError)
    await expect(failure).rejects.toMatchObject({ reason })
    await expect(failure).rejects.toThrow(message)
  })

  test('refuses a file over 20 MB before reading it', async () => {
    let read = false
    const arrayBuffer = async () => {
      read = true
      return new ArrayBuffer(0)
    }
    const huge = { name: 'huge.pdf', type: '', size: 21 * 1024 * 1024, arrayBuffer }
    await expect(importFile(huge)).rejects.toThrow('huge.pdf is 21.0 MB; Crosscheck opens files up to 20 MB.')
    expect(read).toBe(false)
  })
})

describe('readPdf', () => {
  test('reads the text layer of a PDF made with pdf-lib, rejoining wrapped lines into paragraphs', async () => {
    const pdf = await makePdf(
      [
        'Zurich meeting ends without a list of delegates for the Syria peace talks, leaving the envoy waiting.',
        'Officials said the talks in Geneva were still planned for January 25.',
      ],
      40,
    )
    const text = await readPdf(pdf.slice().buffer, 'print.pdf', loadNodePdfjs)
    expect(text).toBe(
      'Zurich meeting ends without a list of delegates for the Syria peace talks, leaving the envoy waiting.\n\n' +
        'Officials said the talks in Geneva were still planned for January 25.',
    )
  })

  test('refuses bytes that are not a PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 this is not really a pdf')
    await expect(readPdf(bytes.buffer, 'fake.pdf', loadNodePdfjs)).rejects.toThrow(
      'fake.pdf could not be read as a PDF.',
    )
  })
})

describe('joinPdfLines', () => {
  test('joins close lines, mends hyphenated words, and splits paragraphs at wide gaps', () => {
    const line = (text: string, y: number) => ({ text, y, height: 10 })
    expect(
      joinPdfLines([
        line('The envoy is expec-', 700),
        line('ted to send invitations', 688),
        line('Next paragraph', 650),
      ]),
    ).toBe('The envoy is expected to send invitations\n\nNext paragraph')
  })

  test('keeps the hyphen of a compound or range broken at the line end; an empty line is a paragraph gap', () => {
    const line = (text: string, y: number) => ({ text, y, height: 10 })
    expect(
      joinPdfLines([
        line('pro-', 700),
        line('Assad forces', 688),
        line('  ', 676),
        line('2015-', 664),
        line('16', 652),
      ]),
    ).toBe('pro-Assad forces\n\n2015-16')
  })
})
