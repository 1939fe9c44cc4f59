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

function inside(fact: Fact, spans: readonly Fact[]): boolean {
  return spans.some((span) => span.start <= fact.start && fact.end <= span.end)
}

function distance(a: Fact, b: Fact): number {
  return Math.max(0, a.start - b.end, b.start - a.end)
}

// A source named or referred to by a pronoun outranks a bare noun (`aid workers have reported`).
const NOUN_SOURCE_PENALTY = 1000

function speakerDistance(quote: Fact, attribution: Fact): number {
  const named = attribution.aliases !== undefined || PRONOUNS.has(attribution.key)
  return distance(quote, attribution) + (named ? 0 : NOUN_SOURCE_PENALTY)
}

// Each quote's speaker is the nearest attribution outside every quote (`"…," Lavrov told reporters`,
// `Kirby said in a statement that the two men had "discussed …"`).
function attachSpeakers(quotes: readonly Fact[], attributions: readonly Fact[]): Fact[] {
  return quotes.map((quote) => {
    let best: Fact | undefined
    for (const attribution of attributions) {
      if (best === undefined || speakerDistance(quote, attribution) < speakerDistance(quote, best))
        best = attribution
    }
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
  const attributions = extractAttributionFacts(text, words, names, dates).filter(
    (fact) => !inside(fact, quotes),
  )
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
