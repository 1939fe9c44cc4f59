import { DEMONYMS, EQUIVALENT_NAMES, PARTICLES } from './name-tables.ts'

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
  return EQUIVALENT_NAMES.get(normalised) ?? normalised
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
