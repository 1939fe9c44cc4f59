import type { ClaimGroup } from './group-claims.ts'
import type { SegmentProfile } from './segment-profile.ts'

/** One statement of a claim: the profile indices of a sentence, or of the pieces of one split sentence. */
export type Statement = number[]

/**
 * When a document gives a claim more than one statement (a restatement: a headline and its lede),
 * pairs each document's statements one to one with each other document's, strongest probability
 * first, so facts are compared between the statements that say the same thing: compared as whole
 * sides, the restatement repeating a value would hide the value changed in the other. Null when
 * every document gives one statement, which is then compared as a whole side.
 */
export function statementPairs(
  group: ClaimGroup,
  profiles: readonly SegmentProfile[],
  isSplit: (a: number, b: number) => boolean,
): [Statement, Statement][] | null {
  const byDoc = new Map<number, Statement[]>()
  const ordered = [...group.members].sort(
    (a, b) =>
      (profiles[a]?.docIndex ?? 0) - (profiles[b]?.docIndex ?? 0) ||
      (profiles[a]?.rank ?? 0) - (profiles[b]?.rank ?? 0),
  )
  for (const member of ordered) {
    const doc = profiles[member]?.docIndex ?? -1
    const statements = byDoc.get(doc) ?? []
    const last = statements.at(-1)
    const previous = last?.at(-1)
    if (last !== undefined && previous !== undefined && isSplit(previous, member)) last.push(member)
    else statements.push([member])
    byDoc.set(doc, statements)
  }
  if ([...byDoc.values()].every((statements) => statements.length === 1)) return null
  const statementOf = new Map<number, Statement>()
  for (const statements of byDoc.values())
    for (const statement of statements) for (const m of statement) statementOf.set(m, statement)
  const paired: [Statement, Statement][] = []
  const taken = new Set<string>()
  const key = (statement: Statement, doc: number) => `${statement[0]}>${doc}`
  // `pairs` come strongest first: greedy one-to-one matching per pair of documents.
  for (const { a, b } of group.pairs) {
    const left = statementOf.get(a)
    const right = statementOf.get(b)
    const docA = profiles[a]?.docIndex ?? -1
    const docB = profiles[b]?.docIndex ?? -1
    if (
      left === undefined ||
      right === undefined ||
      taken.has(key(left, docB)) ||
      taken.has(key(right, docA))
    )
      continue
    taken.add(key(left, docB))
    taken.add(key(right, docA))
    paired.push(docA < docB ? [left, right] : [right, left])
  }
  return paired
}
