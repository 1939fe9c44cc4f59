import { tokenize } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'

/**
 * Temporary fact extractor, used until `extractFacts` (src/engine/facts) lands: numbers with the
 * next content word as unit, quotes, and negation cues. Enough for the pipeline to classify.
 */
export function extractFallbackFacts(text: string): Fact[] {
  const facts: Fact[] = []
  const tokens = tokenize(text)
  tokens.forEach((token, index) => {
    if (token.numeric) {
      const unit = tokens.slice(index + 1, index + 4).find((next) => next.content && !next.numeric)
      facts.push({
        kind: 'number',
        key: token.stem,
        text: token.text,
        start: token.start,
        end: token.end,
        unit: unit?.stem ?? '',
      })
    }
    if (/^(?:not|no|never|neither|nor|none)$/i.test(token.text) || /n['’]t$/i.test(token.text)) {
      facts.push({ kind: 'negation', key: 'not', text: token.text, start: token.start, end: token.end })
    }
  })
  for (const quote of text.matchAll(/["“]([^"“”]{3,}?)["”]/g)) {
    const words = tokenize(quote[1] ?? '').map((token) => token.norm)
    facts.push({
      kind: 'quote',
      key: words.join(' '),
      text: quote[0],
      start: quote.index,
      end: quote.index + quote[0].length,
    })
  }
  return facts
}
