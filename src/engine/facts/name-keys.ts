import { DEMONYMS, EQUIVALENT_NAMES, PARTICLES, US_STATES } from './name-tables.ts'

/** Lowercase, accent-free, dot-free form of a name, hyphens as spaces (`U.N.` → `un`, `al-Assad` → `al assad`). */
export function normaliseName(text: string): string {
  // Accent folding only when needed: NFD normalisation dominates the cost on ASCII names.
  const folded = /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text
  return folded
    .toLowerCase()
    .replaceAll('.', '')
    .replace(/['’]s$/, '')
    .replace(/[-‐–'’]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** The canonical key of a normalised name: its equivalence-table key, else the name itself. */
export function canonicalName(normalised: string): string {
  return EQUIVALENT_NAMES.get(normalised) ?? partyStateKey(normalised) ?? normalised
}

/** Every written form of a state (name, AP abbreviation, postal code) → the state's name. */
const STATE_FORMS: ReadonlyMap<string, string> = new Map(
  US_STATES.flatMap((state) =>
    [state.name, state.ap, state.postal].flatMap((form) =>
      form === null ? [] : [[form, state.name] as const],
    ),
  ),
)
/** A party as a letter after it is joined to a state (`R-Tenn.`) or as a word. */
const PARTIES: ReadonlyMap<string, string> = new Map(
  Object.entries({ r: 'republican', d: 'democrat', i: 'independent' }).flatMap(([letter, party]) => [
    [letter, party],
    [party, party],
  ]),
)
const PARTY_STATE =
  /^(?:(r|d|i) (.+)|(republican|democrat|independent) of (.+)|(.+) (republican|democrat|independent))$/

/** Whether a canonical name key is a party and state (`democrat connecticut`): a description of a politician, not a name. */
export function isPartyStateKey(key: string): boolean {
  const space = key.indexOf(' ')
  return (
    space > 0 &&
    PARTIES.has(key.slice(0, space)) &&
    STATE_FORMS.get(key.slice(space + 1)) === key.slice(space + 1)
  )
}

/**
 * One key for a US politician's party and state however it is written: `R-Tenn.`, `R-TN`,
 * `Republican of Tennessee` and `Tennessee Republican` are all `republican tennessee`, so a source
 * that writes one form and a source that writes another do not differ on a name. Null otherwise.
 */
export function partyStateKey(normalised: string): string | null {
  const match = PARTY_STATE.exec(normalised)
  if (match === null) return null
  const party = PARTIES.get(match[1] ?? match[3] ?? match[6] ?? '')
  const state = STATE_FORMS.get(match[2] ?? match[4] ?? match[5] ?? '')
  return party === undefined || state === undefined ? null : `${party} ${state}`
}

/** The country key of a demonym (`russians` → `russia`), or null. */
export function demonymCountry(normalised: string): string | null {
  return DEMONYMS.get(normalised) ?? null
}

/**
 * Initials of a multi-word name, whole acronyms kept (`UN Security Council` → `unsc`); null if too
 * short. Particles are skipped (`Bank of England` → `be`) unless `withParticles` (→ `boe`).
 */
export function acronymOf(tokens: readonly string[], withParticles = false): string | null {
  const content = withParticles ? tokens : tokens.filter((token) => !PARTICLES.has(token.toLowerCase()))
  if (content.length < 2) return null
  let acronym = ''
  for (const token of content) {
    const bare = token.replaceAll('.', '')
    acronym +=
      bare.length > 1 && bare === bare.toUpperCase() ? bare.toLowerCase() : bare.charAt(0).toLowerCase()
  }
  return acronym
}

/** A person's surname keys: the last word, and the particle form (`de Mistura` → `de mistura`, `mistura`). */
export function surnamesOf(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return []
  const surnames: string[] = []
  const firstParticle = tokens.findIndex((token, i) => i > 0 && PARTICLES.has(token.toLowerCase()))
  if (firstParticle > 0) surnames.push(normaliseName(tokens.slice(firstParticle).join(' ')))
  const last = normaliseName(tokens[tokens.length - 1] ?? '')
  surnames.push(last.replace(/^(al|el|ad|as|ash|bin|ibn|abu) /, ''))
  if (last.includes(' ')) surnames.push(last)
  return surnames
}

/** Every key a name can be matched by: canonical form, full form, acronym and surnames, deduplicated. */
export function aliasesOf(tokens: readonly string[], person: boolean): string[] {
  const full = normaliseName(tokens.join(' '))
  const aliases = [canonicalName(full), full]
  const acronym = person ? null : acronymOf(tokens)
  if (acronym !== null) aliases.push(canonicalName(acronym), acronym)
  // Mixed-case acronyms keep the particle's letter (`BoE`, `DoD`): `Bank of England` is `boe` too.
  const withParticles = person ? null : acronymOf(tokens, true)
  if (withParticles !== null && withParticles !== acronym) aliases.push(withParticles)
  if (person) aliases.push(...surnamesOf(tokens))
  return [...new Set(aliases)].filter((alias) => alias !== '')
}
