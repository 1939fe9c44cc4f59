import type { Fact, FactContext, FactKind } from '../types.ts'
import { extractAttributionFacts, PRONOUNS } from './attribution-facts.ts'
import { parseIsoDay } from './calendar.ts'
import { extractDateFacts } from './date-facts.ts'
import { extractNameFacts } from './name-facts.ts'
import { extractNegationFacts } from './negation-facts.ts'
import { extractNumberFacts } from './number-facts.ts'
import { extractQuoteFacts } from './quote-facts.ts'
import { scanWords } from './words.ts'

// Stable order for facts that start at the same offset.
const KIND_ORDER: Readonly<Record<FactKind, number>> = {
  quote: 0,
  attribution: 1,
  name: 2,
  date: 3,
  number: 4,
  negation: 5,
}

// Facts not inside any of the spans; both sorted by start and the spans disjoint: one linear merge.
function outside(facts: readonly Fact[], spans: readonly Fact[]): Fact[] {
  let k = 0
  return facts.filter((fact) => {
    while ((spans[k]?.end ?? Number.POSITIVE_INFINITY) <= fact.start) k++
    const span = spans[k]
    return span === undefined || !(span.start <= fact.start && fact.end <= span.end)
  })
}

function distance(a: Fact, b: Fact): number {
  return Math.max(0, a.start - b.end, b.start - a.end)
}

// The candidates nearest a quote in a list sorted by start: the last one starting before the quote
// ends and the first one after it (binary search, so many quotes and sources stay linearithmic).
function nearest(quote: Fact, sorted: readonly Fact[]): Fact | undefined {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as Fact).start < quote.end) low = middle + 1
    else high = middle
  }
  const before = sorted[low - 1]
  const after = sorted[low]
  if (before === undefined) return after
  if (after === undefined) return before
  return distance(quote, before) <= distance(quote, after) ? before : after
}

// Each quote's speaker is the nearest attribution outside every quote (`"…," Lavrov told reporters`,
// `Kirby said in a statement that the two men had "discussed …"`); a source named or referred to by
// a pronoun outranks a bare noun (`aid workers have reported`).
function attachSpeakers(quotes: readonly Fact[], attributions: readonly Fact[]): Fact[] {
  const isNamed = (fact: Fact) => fact.aliases !== undefined || PRONOUNS.has(fact.key)
  const named = attributions.filter(isNamed)
  const nouns = attributions.filter((fact) => !isNamed(fact))
  return quotes.map((quote) => {
    const best = nearest(quote, named) ?? nearest(quote, nouns)
    if (best?.speaker === undefined) return quote
    const found: Fact = { ...quote, speaker: best.speaker }
    if (best.aliases !== undefined) found.aliases = best.aliases
    return found
  })
}

/**
 * Every fact in one text (a segment), offsets relative to that text, sorted by start: numbers,
 * dates, names, quotes with their speakers, negations and attributions. `context.published` (ISO)
 * resolves weekdays, relative dates and missing years. Pronoun speakers stay as written (`he`);
 * `resolveSpeakers` resolves them across the segments of an article.
 */
export function extractFacts(text: string, context: FactContext = {}): Fact[] {
  const words = scanWords(text)
  const dates = extractDateFacts(text, words, parseIsoDay(context.published))
  const numbers = extractNumberFacts(text, words, dates)
  const names = extractNameFacts(text, words, dates)
  const quotes = extractQuoteFacts(text)
  const found = extractAttributionFacts(text, words, names, dates).sort((a, b) => a.start - b.start)
  const attributions = outside(found, quotes)
  const negations = extractNegationFacts(text, words)
  const facts = [
    ...attachSpeakers(quotes, attributions),
    ...attributions,
    ...names,
    ...dates,
    ...numbers,
    ...negations,
  ]
  return facts.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end)
}
