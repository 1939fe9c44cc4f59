import { COUNTRIES } from './name-tables.ts'

/**
 * Well-known places and the larger places that contain them or that they border, so that a
 * region against its country (`Sicily`/`Italy`), a sea against its coast (`Gulf of Aden`/`off
 * Somalia`) or a city against its state is no conflict. A small built-in table, not a gazetteer:
 * what it lacks is compared as before. Keys are normalised names (lower case, no dots).
 */
const CONTAINED_IN: Readonly<Record<string, readonly string[]>> = {
  'gulf of aden': ['somalia', 'yemen', 'djibouti', 'horn of africa', 'arabian sea', 'indian ocean'],
  'arabian sea': ['indian ocean', 'somalia', 'oman', 'india', 'pakistan'],
  'horn of africa': ['somalia', 'ethiopia', 'djibouti', 'eritrea', 'africa'],
  'red sea': ['yemen', 'egypt', 'sudan', 'eritrea', 'saudi arabia'],
  sicily: ['italy', 'europe', 'mediterranean'],
  sardinia: ['italy', 'europe', 'mediterranean'],
  aceh: ['indonesia', 'sumatra'],
  sumatra: ['indonesia'],
  java: ['indonesia'],
  bali: ['indonesia'],
  england: ['britain', 'uk', 'united kingdom', 'europe'],
  scotland: ['britain', 'uk', 'united kingdom', 'europe'],
  wales: ['britain', 'uk', 'united kingdom', 'europe'],
  'northern ireland': ['uk', 'united kingdom', 'ireland', 'europe'],
  london: ['england', 'britain', 'uk', 'united kingdom'],
  'british columbia': ['canada'],
  ontario: ['canada'],
  quebec: ['canada'],
  alberta: ['canada'],
  vancouver: ['british columbia', 'canada'],
  toronto: ['ontario', 'canada'],
  'south island': ['new zealand'],
  'north island': ['new zealand'],
  queens: ['new york', 'new york city', 'us', 'united states'],
  brooklyn: ['new york', 'new york city', 'us', 'united states'],
  manhattan: ['new york', 'new york city', 'us', 'united states'],
  bronx: ['new york', 'new york city', 'us', 'united states'],
  'new york city': ['new york', 'us', 'united states'],
  'los angeles': ['california', 'us', 'united states'],
  'san diego': ['california', 'us', 'united states'],
  'san francisco': ['california', 'us', 'united states'],
  detroit: ['michigan', 'us', 'united states'],
  troy: ['michigan', 'us', 'united states'],
  chicago: ['illinois', 'us', 'united states'],
  kashmir: ['india', 'pakistan'],
  gaza: ['palestine', 'middle east'],
  'west bank': ['palestine', 'middle east'],
  crimea: ['ukraine', 'europe'],
  tibet: ['china'],
  hokkaido: ['japan'],
  tasmania: ['australia'],
  'north atlantic': ['atlantic'],
  'south atlantic': ['atlantic'],
  'north pacific': ['pacific'],
  'south pacific': ['pacific'],
}

// The fifty states and the District, each inside the United States.
const US_STATES =
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'
    .split(' ')
    .concat(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota'])
    .concat(['rhode island', 'south carolina', 'south dakota', 'west virginia', 'district of columbia'])

/** The places that contain (or border) a place, itself not included; empty when unknown. */
function containersOf(place: string): readonly string[] {
  const known = CONTAINED_IN[place] ?? []
  return US_STATES.includes(place) ? [...known, 'us', 'united states', 'usa', 'america'] : known
}

/** Normalises a written place name for the table: lower case, no dots, `the` dropped, spaces folded. */
export function placeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * True when one place lies within (or on the coast of) the other by the table, directly or
 * through one step (`Vancouver` → `British Columbia` → `Canada`).
 */
export function placesNest(x: string, y: string): boolean {
  const a = placeKey(x)
  const b = placeKey(y)
  const within = (inner: string, outer: string) =>
    containersOf(inner).some((place) => place === outer || containersOf(place).includes(outer))
  return within(a, b) || within(b, a)
}

/** True when the table knows the place: a country, a US state, or a place it lists as inside another. */
export function isKnownPlace(key: string): boolean {
  return COUNTRIES.has(key) || US_STATES.includes(key) || CONTAINED_IN[key] !== undefined
}
