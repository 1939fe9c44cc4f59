import type { Difference, DifferenceKind, ReportDocument } from '../types.ts'

/** The headline for each kind of difference, as a person would say it. */
export const differenceTitles: Record<DifferenceKind, string> = {
  number: 'Number differs',
  date: 'Date differs',
  name: 'Name differs',
  quote: 'Quote worded differently',
  negation: 'One source negates it',
  attribution: 'Attributed differently',
  other: 'Reported differently',
}

/** The value the engine writes when a document states nothing for a fact. */
const NOT_GIVEN = 'not given'

/** A document's display name: its outlet, else its title. */
export function documentName(doc: ReportDocument): string {
  return doc.source ?? doc.title
}

/**
 * One sentence that explains a difference in words, naming each source:
 * "Number differs: 400,000 in CNN; not given by Al Jazeera".
 */
export function describeDifference(difference: Difference, documents: ReportDocument[]): string {
  const parts = documents
    .filter((doc) => doc.id in difference.values)
    .map((doc) => {
      const value = difference.values[doc.id] ?? NOT_GIVEN
      const name = documentName(doc)
      if (value.trim().toLowerCase() === NOT_GIVEN) return `not given by ${name}`
      return difference.kind === 'quote' ? `“${unquote(value)}” in ${name}` : `${value} in ${name}`
    })
  const title = differenceTitles[difference.kind]
  return parts.length > 0 ? `${title}: ${parts.join('; ')}` : title
}

/** A quoted value without its own surrounding quote marks, so it is not quoted twice. */
function unquote(value: string): string {
  return value.trim().replace(/^["“'‘]+|["”'’]+$/g, '')
}

/**
 * Whether the engine's explanation only restates what `describeDifference` already says
 * ("Quote worded differently", "Attribution differs: …"), so the view can leave it out.
 */
export function restatesKind(difference: Difference): boolean {
  const explanation = difference.explanation?.trim().toLowerCase() ?? ''
  const title = differenceTitles[difference.kind].toLowerCase()
  return explanation === '' || explanation.startsWith(title) || explanation.startsWith(difference.kind)
}
