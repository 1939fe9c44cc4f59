import { describe, expect, it } from 'vitest'
import { detectOutlet } from './detect-outlet.ts'
import { knownOutletByHost, knownOutletByName } from './known-outlets.ts'

const body = 'Ministers met in Zurich on Wednesday and did not agree.'

describe('detectOutlet', () => {
  it.each([
    ['cnn-2016-01-20-kerry-lavrov-impasse.txt', 'CNN'],
    ['aljazeera-2016-01-20-syria-talks.txt', 'Al Jazeera'],
    ['al-jazeera_quake.md', 'Al Jazeera'],
    ['BBC_News quake report.html', 'BBC News'],
    ['www.reuters.com-quake.html', 'Reuters'],
    ['people-2013-05-02-lohan.txt', 'People'],
    ['ledger-2016-01-21-syria.txt', 'Ledger'],
  ])('reads the outlet from the file name %j', (fileName, name) => {
    expect(detectOutlet({ text: body, fileName })).toEqual({ name, from: 'file name' })
  })

  it.each(['people-killed-in-quake.txt', 'story.txt', 'notes-on-2016.txt', '2016-01-20.txt'])(
    'names no outlet from the file name %j',
    (fileName) => {
      expect(detectOutlet({ text: body, fileName })).toBeNull()
    },
  )

  it.each([
    ['https://www.bbc.co.uk/news/world-asia-123', 'BBC News'],
    ['https://edition.cnn.com/2016/01/20/politics/kerry', 'CNN'],
    ['https://abcnews.go.com/International/quake', 'ABC News'],
    ['https://m.ledger.example/world/syria', 'ledger.example'],
  ])('reads the outlet from the host of %j', (url, name) => {
    expect(detectOutlet({ text: body, url })).toEqual({ name, from: 'host' })
  })

  it.each([
    ['Talks stall\n\nDavos, Switzerland (CNN)Kerry held talks on Wednesday.', 'CNN'],
    ['Talks stall\n\nWASHINGTON (Reuters) - The talks stalled on Wednesday.', 'Reuters'],
    [`Talks stall\n\n${body}\n\nSOURCE: Al Jazeera and agencies`, 'Al Jazeera'],
    [`BBC News\n\nTalks stall\n\n${body}`, 'BBC News'],
    [`Talks stall\n\n${body}\n\n— The Associated Press`, 'Associated Press'],
    [`Talks stall\n\n${body}\n\n© 2016 Cable News Network. All Rights Reserved.`, 'CNN'],
    [`Talks stall\n\nBy Jane Doe, Reuters\n\n${body}`, 'Reuters'],
  ])('reads the outlet from the text %j', (text, name) => {
    expect(detectOutlet({ text })).toEqual({ name, from: 'text' })
  })

  it('takes an unknown outlet from a source line, but not "agencies"', () => {
    expect(detectOutlet({ text: `${body}\n\nSource: The Evening Ledger` })?.name).toBe('The Evening Ledger')
    expect(detectOutlet({ text: `${body}\n\nSource: agencies` })).toBeNull()
  })

  it('leaves outlets named inside sentences alone', () => {
    expect(
      detectOutlet({ text: 'Kerry told CNN on Wednesday that Reuters was wrong.\n\nMore text.' }),
    ).toBeNull()
    expect(detectOutlet({ text: 'The United Nations (UN) - a body - met.\n\nMore.' })).toBeNull()
  })

  it('prefers the host, then the file name, then the text', () => {
    const text = 'Talks stall\n\nGENEVA (AP) The envoy delayed the talks.'
    expect(detectOutlet({ text, fileName: 'cnn-story.txt', url: 'https://www.bbc.com/news/1' })?.name).toBe(
      'BBC News',
    )
    expect(detectOutlet({ text, fileName: 'cnn-story.txt' })?.name).toBe('CNN')
    expect(detectOutlet({ text, fileName: 'story.txt' })?.name).toBe('Associated Press')
    // An unknown host loses to a known outlet anywhere else.
    expect(detectOutlet({ text, url: 'https://aggregator.example/1' })?.name).toBe('Associated Press')
  })
})

describe('known outlets', () => {
  it('folds case, punctuation and a leading "the"', () => {
    expect(knownOutletByName('The Al-Jazeera')).toBe('Al Jazeera')
    expect(knownOutletByName('AGENCE FRANCE-PRESSE')).toBe('AFP')
    expect(knownOutletByName('Zurich')).toBeNull()
  })

  it('matches subdomains but not look-alike hosts', () => {
    expect(knownOutletByHost('news.bbc.co.uk')).toBe('BBC News')
    expect(knownOutletByHost('notcnn.com')).toBeNull()
    expect(knownOutletByHost('co.uk')).toBeNull()
  })
})
