import { describe, expect, test } from 'vitest'
import type { Fact } from '../types.ts'
import { describeFacts } from './describe-fact.ts'
import { extractFacts } from './extract-facts.ts'
import type { NameFact } from './name-facts.ts'
import { sameFactValue } from './same-fact-value.ts'

const names = (text: string) => describeFacts(extractFacts(text), 'name')
const firstName = (text: string): NameFact => extractFacts(text).find((fact) => fact.kind === 'name') as Fact

describe('extractNameFacts', () => {
  test('titles are stripped and split runs into parties', () => {
    // A rank before a title belongs to the title, not to the name.
    expect(names('said Assistant Attorney General Michael Chertoff')).toEqual(['name:michael chertoff'])
    expect(names('Acting Director John Smith said')).toEqual(['name:john smith'])
    expect(names('Russian Foreign Minister Sergey Lavrov said')).toEqual([
      'name:russia',
      'name:sergey lavrov',
    ])
    expect(names('with US Secretary of State John Kerry in Switzerland')).toEqual([
      'name:us',
      'name:john kerry',
      'name:switzerland',
    ])
    expect(names('U.N. Secretary-General Ban Ki-moon said')).toEqual(['name:un', 'name:ban ki moon'])
    expect(names('up to UN Syria envoy Staffan de Mistura to')).toEqual([
      'name:un',
      'name:syria',
      'name:staffan de mistura',
    ])
    expect(names('the UN Security Council agrees')).toEqual(['name:un security council'])
    expect(names('U.N. Special Envoy for Syria Staffan de Mistura has slated')).toEqual([
      'name:un',
      'name:syria',
      'name:staffan de mistura',
    ])
  })

  test('particles stay inside names and possessives are dropped', () => {
    expect(names("President Bashar al-Assad's regime")).toEqual(['name:bashar al assad'])
    expect(names('up to de Mistura to come up with')).toEqual(['name:de mistura'])
    expect(names("North Korea's nuclear test")).toEqual(['name:north korea'])
  })

  test('sentence-opening common words are not names', () => {
    expect(names('The State Department said')).toEqual(['name:state department'])
    expect(names('But despite the failure, Lavrov said')).toEqual(['name:lavrov'])
    expect(names('Negotiations between the parties. In Davos he met')).toEqual(['name:davos'])
    expect(names('Officials said. She said. Syrians fled. Reuters said.')).toEqual([
      'name:syria',
      'name:reuters',
    ])
    expect(names(`"I'm the guy," Felt said. Felt, the No. 2 official at the FBI`)).toEqual([
      'name:felt',
      'name:felt',
      'name:fbi',
    ])
  })

  test('a month name is a name where no date took it; Title Case headlines split at function words', () => {
    expect(names('Prime Minister Theresa May told MPs on Tuesday')).toEqual(['name:theresa may', 'name:mps'])
    expect(names('Kerry And Lavrov Meet Over Syria')).toEqual(['name:kerry', 'name:lavrov', 'name:syria'])
  })

  test('in a Title Case headline a capital alone makes no name: everyday words drop out, names stay', () => {
    expect(names('Suspect Held After Florida Apartment Shooting')).toEqual(['name:florida'])
    expect(names('Jenni Rivera Believed Killed In Mexico Plane Crash')).toEqual([
      'name:jenni rivera',
      'name:mexico',
    ])
    // The same words in sentence case keep their capitals' meaning.
    expect(names('He said the Florida Apartment Association was told')).toEqual([
      'name:florida apartment association',
    ])
  })

  test('in a line set in capitals, or a lead-in in capitals, capitals make no name or acronym', () => {
    // Read as one name before: `us troops killed in afghanistan attack`.
    expect(names('US TROOPS KILLED IN AFGHANISTAN ATTACK')).toEqual(['name:us', 'name:afghanistan'])
    expect(names('KERRY MEETS LAVROV IN ZURICH')).toEqual(['name:kerry', 'name:lavrov', 'name:zurich'])
    expect(names('POLICE SAY CRASH KILLED TWO IN TEXAS')).toEqual(['name:texas'])
    expect(names('UN SAYS AID BLOCKED IN MADAYA')).toEqual(['name:un', 'name:madaya'])
    expect(names('SMILING bomber Amrozi was inspired')).toEqual(['name:amrozi'])
    expect(names('BALI bomber Amrozi claims')).toEqual(['name:bali', 'name:amrozi'])
    expect(names('NATO forces said the raid was over')).toEqual(['name:nato'])
    // The same words in Title Case read alike.
    expect(names('US Troops Killed In Afghanistan Attack')).toEqual(['name:us', 'name:afghanistan'])
  })

  test('acronyms, dotted forms and full names share a key', () => {
    for (const form of ['U.N.', 'UN', 'United Nations'])
      expect(names(`the ${form} said`)).toEqual(['name:un'])
    for (const form of ['U.S.', 'US', 'USA', 'United States'])
      expect(names(`the ${form} said`)).toEqual(['name:us'])
    for (const form of ['UK', 'Britain', 'United Kingdom'])
      expect(names(`in ${form} today`)).toEqual(['name:uk'])
  })

  test('an organisation "of" a place is no person, and meets its mixed-case acronym', () => {
    const bank = firstName('rates held at the Bank of England today')
    expect(bank.person).toBeUndefined()
    // As a person's name it would take `England` for a surname and match the country.
    expect(sameFactValue(bank, firstName('rates held in England today'))).toBe(false)
    expect(sameFactValue(bank, firstName('rates held at the BoE today'))).toBe(true)
    expect(sameFactValue(firstName('the Department of Defense said'), firstName('the DoD said'))).toBe(true)
  })

  test('people match by surname, title or not', () => {
    const full = firstName('Mr Staffan de Mistura said')
    expect(full.aliases).toEqual(['staffan de mistura', 'de mistura', 'mistura'])
    expect(sameFactValue(full, firstName('the envoy de Mistura said'))).toBe(true)
    expect(sameFactValue(full, firstName('Staffan de Mistura said'))).toBe(true)
    expect(sameFactValue(firstName('Sergey Lavrov met'), firstName('then Lavrov met'))).toBe(true)
    expect(sameFactValue(firstName('North Korea tested'), firstName('South Korea tested'))).toBe(false)
    expect(sameFactValue(firstName('Saudi Arabia said'), firstName('South Africa said'))).toBe(false)
  })

  test('demonyms map to their country and are marked', () => {
    const russian = firstName('the Russian side')
    expect([russian.key, russian.demonym]).toEqual(['russia', true])
    expect(sameFactValue(russian, firstName('in Russia today'))).toBe(true)
    expect(firstName('five Americans').key).toBe('us')
  })
})

describe('extractNameFacts party and state', () => {
  test('every way of writing a politician’s party and state gives one key', () => {
    // Each in a sentence: a line of capitals alone would read as a Title Case headline.
    const key = (text: string) => names(`${text}, said on Monday that it would pass.`).at(-1)
    for (const text of [
      'Sen. Bob Corker, R-Tenn.',
      'Sen. Bob Corker, R-TN',
      'Sen. Bob Corker, Republican of Tennessee',
      'Sen. Bob Corker, the Tennessee Republican',
    ]) {
      expect(key(text)).toBe('name:republican tennessee')
    }
    expect(key('Sen. Ted Cruz, R-Texas')).toBe('name:republican texas')
    expect(key('Rep. Nancy Pelosi, D-Calif.')).toBe('name:democrat california')
    expect(key('Sen. Bernie Sanders, I-Vt.')).toBe('name:independent vermont')
    // A letter and a word that is no state stay as written.
    expect(key('the D-Day landings')).not.toMatch(/democrat/)
  })
})

describe('extractNameFacts titles and suffixes', () => {
  test('ranks, middle initials and company suffixes', () => {
    expect(names('Navy Admiral Harold W. Gehman Jr. said')).toEqual(['name:navy', 'name:harold w gehman'])
    expect(names('Chief Justice William H. Rehnquist wrote')).toEqual(['name:william h rehnquist'])
    expect(names('Finance Minister Jane Doe and Sony Corp. and Gateway Inc')).toEqual([
      'name:jane doe',
      'name:sony',
      'name:gateway',
    ])
  })
})
