import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'

/** A small Word document: a heading and the paragraphs, as Word would save them. */
export async function makeDocx(title: string, paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          ...paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/**
 * A small PDF with a real text layer: each paragraph is wrapped into lines of at most `width`
 * characters, the lines 14 pt apart and paragraphs 28 pt apart, as a layout program would set them.
 */
export async function makePdf(paragraphs: string[], width = 70): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([595, 842])
  let y = 790
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, width)) {
      page.drawText(line, { x: 50, y, size: 11, font })
      y -= 14
    }
    y -= 14
  }
  return pdf.save()
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}
