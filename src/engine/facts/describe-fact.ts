import type { Fact, FactKind } from '../types.ts'

/** A compact one-line shape of a fact for tests and logs: `number:400000/syrian`, `quote:…@lavrov`. */
export function describeFact(fact: Fact): string {
  const unit = fact.unit === undefined ? '' : `/${fact.unit}`
  const speaker = fact.speaker === undefined || fact.kind === 'attribution' ? '' : `@${fact.speaker}`
  return `${fact.kind}:${fact.key}${unit}${speaker}`
}

/** The compact shapes of the facts of some kinds, in text order. */
export function describeFacts(facts: readonly Fact[], ...kinds: FactKind[]): string[] {
  return facts.filter((fact) => kinds.length === 0 || kinds.includes(fact.kind)).map(describeFact)
}
