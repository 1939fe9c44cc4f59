import { describe, expect, test } from 'vitest'
import { draftFromText, isoDate, withDetectedMetadata } from './text-metadata.ts'

describe('draftFromText', () => {
  test('takes a headline-like first line, skipping blank lines and Markdown heading marks', async () => {
    expect((await draftFromText('\n\n# Kerry, Lavrov meet in Zurich\n\nBody text.')).title).toBe(
      'Kerry, Lavrov meet in Zurich',
    )
    expect((await draftFromText('Talks stall\nZURICH - Diplomats said.')).title).toBe('Talks stall')
  })

  test('leaves the title empty when the first line is a sentence or too long to be a headline', async () => {
    expect((await draftFromText('Diplomats met in Zurich on Wednesday.\nMore.')).title).toBeUndefined()
    expect((await draftFromText(`${'word '.repeat(60)}\nMore`)).title).toBeUndefined()
  })

  test('keeps the text whole and adds only the fields it finds', async () => {
    expect(await draftFromText('Headline\n\nBody.')).toEqual({ text: 'Headline\n\nBody.', title: 'Headline' })
    expect(await draftFromText('Just a sentence.')).toEqual({ text: 'Just a sentence.' })
  })

  test('prefills outlet and date from the text and the file name, never a timestamp as the title', async () => {
    const text =
      '3 July 2013 Last updated at 13:38 GMT\n\nQuake kills five\n\nBANDA ACEH (Reuters) - A quake struck.'
    expect(await draftFromText(text)).toEqual({
      text,
      title: 'Quake kills five',
      source: 'Reuters',
      published: '2013-07-03',
    })
    expect(
      await draftFromText('Quake kills five\n\nA quake struck.', { fileName: 'bbc-2013-07-02-quake.txt' }),
    ).toEqual({
      text: 'Quake kills five\n\nA quake struck.',
      title: 'Quake kills five',
      source: 'BBC News',
      published: '2013-07-02',
    })
  })
})

describe('withDetectedMetadata', () => {
  test('keeps what the draft already states and fills only the rest', async () => {
    const draft = {
      text: 'Quake kills five\n\n(CNN) A quake struck.',
      source: 'My outlet',
      url: 'https://www.bbc.com/1',
    }
    expect(await withDetectedMetadata(draft)).toEqual({ ...draft, title: 'Quake kills five' })
    expect(
      await withDetectedMetadata({ text: 'A quake struck.' }, { url: 'https://www.bbc.com/2013/07/02/x' }),
    ).toEqual({
      text: 'A quake struck.',
      source: 'BBC News',
      published: '2013-07-02',
    })
  })
})

describe('isoDate', () => {
  test('keeps the date part of ISO dates and date-times', async () => {
    expect(isoDate('2016-01-20')).toBe('2016-01-20')
    expect(isoDate('2016-01-20T23:30:00-05:00')).toBe('2016-01-20')
  })

  test('reads other parseable dates and rejects the rest', async () => {
    expect(isoDate('Wed, 20 Jan 2016 12:00:00 GMT')).toBe('2016-01-20')
    expect(isoDate('yesterday')).toBeNull()
    expect(isoDate('')).toBeNull()
    expect(isoDate(null)).toBeNull()
  })
})
