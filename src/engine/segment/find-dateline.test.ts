import { describe, expect, it } from 'vitest'
import { findDateline } from './find-dateline.ts'

/** The dateline found at the start of a paragraph, or null. */
function dateline(text: string): string | null {
  const end = findDateline(text, 0, text.length)
  return end === -1 ? null : text.slice(0, end).trim()
}

describe('findDateline', () => {
  it.each([
    ['Davos, Switzerland (CNN)Secretary of State John Kerry held talks.', 'Davos, Switzerland (CNN)'],
    ['WASHINGTON (Reuters) - The U.S. said on Monday it would act.', 'WASHINGTON (Reuters) -'],
    ['Jan 20 (Reuters) - Oil prices fell on Wednesday.', 'Jan 20 (Reuters) -'],
    ['LONDON, Jan 20 (Reuters) - Oil prices fell on Wednesday.', 'LONDON, Jan 20 (Reuters) -'],
    ['LONDON — Britain said on Monday it would act.', 'LONDON —'],
    ['BEIRUT, Lebanon -- Rebels said they would attend.', 'BEIRUT, Lebanon --'],
    ['(CNN) — The talks failed.', '(CNN) —'],
    ['GENEVA (AP) The envoy delayed the talks.', 'GENEVA (AP)'],
    ['WASHINGTON (Reuters) -', 'WASHINGTON (Reuters) -'],
    ['KIEV/MOSCOW (Reuters) - Talks resumed.', 'KIEV/MOSCOW (Reuters) -'],
    ['NEW DELHI: The government said on Monday it would act.', 'NEW DELHI:'],
  ])('finds the dateline of %j', (text, expected) => {
    expect(dateline(text)).toBe(expected)
  })

  it.each([
    'The United Nations (UN) Security Council agreed on a plan.',
    'Sergey Lavrov (Russia) said the talks would go ahead.',
    'NATO said the alliance would respond.',
    'US officials — who declined to be named — said so.',
    'Kerry and Lavrov met in Zurich.',
    'The group (ISIL) - a rival - lost ground.',
    'NATO Secretary General: The alliance will respond.',
    'UPDATE:',
  ])('finds none in %j', (text) => {
    expect(dateline(text)).toBeNull()
  })
})
