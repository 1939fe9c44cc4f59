import { isSpaceCode, isUpperAt } from './text-range.ts'

/**
 * A dateline's place: capitalised words or numbers joined by single spaces or commas
 * ("Davos, Switzerland", "LONDON", "Jan 20"). Separators always hold a space that words cannot,
 * so the repetition is unambiguous and the pattern linear.
 */
const PLACE = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.'’/-]*(?:,? [\p{Lu}\p{N}][\p{L}\p{N}.'’/-]*){0,5}`

/** `Davos, Switzerland (CNN)`, `WASHINGTON (Reuters)`, `Jan 20 (Reuters)`, `(CNN)`. */
const AGENCY_DATELINE = new RegExp(String.raw`(?:${PLACE} ?)?\((\p{Lu}[\p{L}&.'’ -]{0,24})\)`, 'uy')

/** `LONDON —`, `BEIRUT, Lebanon -`, `NEW DELHI:`: an all-caps place, then a dash or a colon. */
const CAPS_DATELINE =
  /\p{Lu}{3}[\p{Lu}.'’/-]*(?:,? [\p{Lu}\p{N}][\p{L}\p{N}.'’/-]*){0,4}(?: ?(?:--?|[–—])|:)(?=\s)/uy

/** News agencies and outlets whose name in parentheses marks a dateline even with no dash after it. */
const AGENCIES = new Set(
  'cnn reuters ap afp upi dpa ansa efe xinhua bloomberg bbc anadolu tass nyt wsj'
    .split(' ')
    .concat(['al jazeera', 'associated press', 'the associated press', 'ria novosti', 'cnn money']),
)

const DASH = /\s*(?:--?|[–—:])\s*/y

/** Whether a body sentence can start at `at`: a capital letter, a quote or a digit. */
function startsSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return (
    isUpperAt(text, at) ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x2018 ||
    (code >= 0x30 && code <= 0x39)
  )
}

/**
 * Finds a dateline at the start of a paragraph [start, end) and returns the offset where it ends
 * (after its dash, if any), or -1. Scraping often glues the dateline to the sentence
 * (`(CNN)Secretary of State …`), so a closing parenthesis followed directly by a capital counts.
 * A paragraph that is nothing but a dateline (one sentence per line datasets) returns `end`.
 */
export function findDateline(text: string, start: number, end: number): number {
  AGENCY_DATELINE.lastIndex = start
  const agency = AGENCY_DATELINE.exec(text)
  if (agency && AGENCY_DATELINE.lastIndex <= end)
    return afterAgency(text, AGENCY_DATELINE.lastIndex, end, agency[1] ?? '')
  CAPS_DATELINE.lastIndex = start
  if (CAPS_DATELINE.test(text) && CAPS_DATELINE.lastIndex <= end && !isMixedCaseLabel(text, start)) {
    let at = CAPS_DATELINE.lastIndex
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++
    // A line that is only `UPDATE:` is a label, not a dateline: a colon needs a sentence after it.
    const colon = text.charCodeAt(CAPS_DATELINE.lastIndex - 1) === 0x3a
    if ((at === end && !colon) || (at < end && startsSentence(text, at))) return at
  }
  return -1
}

/**
 * A colon after a place counts only when the place is all capitals (`NEW DELHI:`): a mixed-case
 * prefix with a colon is a label or a speaker ("NATO Secretary General: …").
 */
function isMixedCaseLabel(text: string, start: number): boolean {
  const end = CAPS_DATELINE.lastIndex
  return text.charCodeAt(end - 1) === 0x3a && /\p{Ll}/u.test(text.slice(start, end))
}

/** Decides whether text after `(Agency)` at `at` confirms a dateline, and returns where it ends. */
function afterAgency(text: string, at: number, end: number, agency: string): number {
  if (at === end) return end
  DASH.lastIndex = at
  if (DASH.test(text) && DASH.lastIndex > at) {
    const after = Math.min(DASH.lastIndex, end)
    // "(UN) - the body" is an aside, not a dateline: the sentence after a dateline starts with a capital.
    return after === end || startsSentence(text, after) ? after : -1
  }
  if (!isSpaceCode(text.charCodeAt(at))) return startsSentence(text, at) ? at : -1
  if (!AGENCIES.has(agency.toLowerCase())) return -1
  let next = at
  while (next < end && isSpaceCode(text.charCodeAt(next))) next++
  return startsSentence(text, next) ? at : -1
}
