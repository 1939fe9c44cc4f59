import { profileSegments, type SegmentProfile } from './align/segment-profile.ts'
import { LIMITS } from './defaults.ts'
import { extractFacts } from './facts/extract-facts.ts'
import { resolveSpeakers } from './facts/resolve-speakers.ts'
import { type Token, tokenize } from './normalize/tokenize.ts'
import { segmentArticle } from './segment/segment-article.ts'
import type { ArticleInput, Fact, QuoteMention, Segment, Shortcut } from './types.ts'

/** The articles read for comparison: segments, their facts and tokens, and alignment profiles. */
export interface ArticleAnalysis {
  /** Every segment of every article, articles in input order. */
  segments: Segment[]
  /** The headline and body segments, which are compared. */
  comparable: Segment[]
  /** Segment id → its facts at document offsets. */
  facts: Map<string, Fact[]>
  /** Every direct quote, as the report lists them. */
  quotes: QuoteMention[]
  /** A comparable segment's tokens at document offsets. */
  tokensOf: (segment: Segment) => Token[]
  /** One profile per comparable segment, in the same order. */
  profiles: SegmentProfile[]
  /** Limits hit while reading, to report. */
  shortcuts: Shortcut[]
}

/**
 * Segments each article, extracts the facts of its headline and body segments (pronoun speakers
 * resolved within the article), tokenises them and profiles them for alignment. Articles must
 * have distinct ids.
 */
export function analyseArticles(articles: readonly ArticleInput[]): ArticleAnalysis {
  const segments = articles.flatMap((article) => segmentArticle(article))
  const facts = new Map<string, Fact[]>()
  const quotes: QuoteMention[] = []
  const shortcuts: Shortcut[] = []
  let truncatedFacts = 0
  // Wire copy repeats most sentences in most articles: a text's facts are extracted once per
  // publication date (they resolve weekdays against it). The facts are not changed downstream:
  // speakers resolve into new facts, and each segment's shifted copies are its own.
  const extracted = new Map<string, Fact[]>()
  const factsOfText = (text: string, published: string | null) => {
    const key = `${published ?? ''}\u0000${text}`
    let found = extracted.get(key)
    if (found === undefined) {
      found = extractFacts(text, { published })
      extracted.set(key, found)
    }
    return found
  }
  for (const article of articles) {
    const own = segments.filter((s) => s.doc === article.id && isComparable(s))
    const published = article.published ?? null
    const resolved = resolveSpeakers(own.map((segment) => factsOfText(segment.text, published)))
    for (const [index, segment] of own.entries()) {
      const found = resolved[index] ?? []
      if (found.length > LIMITS.factsPerSegment) truncatedFacts++
      const kept = found.slice(0, LIMITS.factsPerSegment)
      facts.set(segment.id, shiftFacts(kept, segment.start))
      for (const fact of kept) if (fact.kind === 'quote') quotes.push(quoteMention(segment.id, fact))
    }
  }
  if (truncatedFacts > 0) {
    shortcuts.push({
      limit: 'factsPerSegment',
      detail: `${truncatedFacts} segment(s) held more than ${LIMITS.factsPerSegment} facts; only the first ${LIMITS.factsPerSegment} of each were compared.`,
    })
  }
  const comparable = segments.filter(isComparable)
  // Tokens carry document offsets, computed once: profiles ignore offsets, claims need them.
  const tokens = new Map(comparable.map((segment) => [segment.id, tokenize(segment.text, segment.start)]))
  const tokensOf = (segment: Segment) => tokens.get(segment.id) ?? tokenize(segment.text, segment.start)
  const docIndex = new Map(articles.map((article, index) => [article.id, index]))
  const profiles = profileSegments(comparable, {
    docIndexOf: (doc) => docIndex.get(doc) ?? 0,
    tokensOf,
    factsOf: (segment) => facts.get(segment.id) ?? [],
  })
  return { segments, comparable, facts, quotes, tokensOf, profiles, shortcuts }
}

/** Headline and body segments are compared; page furniture and repeats are not. */
function isComparable(segment: Segment): boolean {
  return segment.role === 'headline' || segment.role === 'body'
}

/** A quote fact as the report lists it: where it sits, its words, its speaker when stated. */
function quoteMention(segment: string, fact: Fact): QuoteMention {
  const mention: QuoteMention = { segment, text: fact.text }
  if (fact.speaker !== undefined) mention.speaker = fact.speaker
  return mention
}

/** Facts of one segment, shifted from segment to document offsets. */
function shiftFacts(facts: Fact[], offset: number): Fact[] {
  return facts.map((fact) => ({ ...fact, start: fact.start + offset, end: fact.end + offset }))
}
