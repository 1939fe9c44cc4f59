import { describe, expect, test } from 'vitest'
import { draftFromText, isoDate, titleFromText } from './text-metadata.ts'

describe('titleFromText', () => {
  test('takes a headline-like first line, skipping blank lines and Markdown heading marks', () => {
    expect(titleFromText('\n\n# Kerry, Lavrov meet in Zurich\n\nBody text.')).toBe(
      'Kerry, Lavrov meet in Zurich',
    )
    expect(titleFromText('Talks stall\nZURICH - Diplomats said.')).toBe('Talks stall')
  })

  test('leaves the title empty when the first line is a sentence or too long to be a headline', () => {
    expect(titleFromText('Diplomats met in Zurich on Wednesday.\nMore.')).toBeUndefined()
    expect(titleFromText(`${'word '.repeat(60)}\nMore`)).toBeUndefined()
    expect(titleFromText('   \n  ')).toBeUndefined()
  })

  test('draftFromText keeps the text whole and adds the title only when there is one', () => {
    expect(draftFromText('Headline\n\nBody.')).toEqual({ text: 'Headline\n\nBody.', title: 'Headline' })
    expect(draftFromText('Just a sentence.')).toEqual({ text: 'Just a sentence.' })
  })
})

describe('isoDate', () => {
  test('keeps the date part of ISO dates and date-times', () => {
    expect(isoDate('2016-01-20')).toBe('2016-01-20')
    expect(isoDate('2016-01-20T23:30:00-05:00')).toBe('2016-01-20')
  })

  test('reads other parseable dates and rejects the rest', () => {
    expect(isoDate('Wed, 20 Jan 2016 12:00:00 GMT')).toBe('2016-01-20')
    expect(isoDate('yesterday')).toBeNull()
    expect(isoDate('')).toBeNull()
    expect(isoDate(null)).toBeNull()
  })
})
