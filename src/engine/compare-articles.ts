import { findCandidatePairs } from './align/candidate-pairs.ts'
import { type ClaimGroup, groupClaims, type ScoredPair } from './align/group-claims.ts'
import { scorePair } from './align/score-pair.ts'
import { profileSegments } from './align/segment-profile.ts'
import type { ClaimSide } from './classify/claim-side.ts'
import { classifyClaim } from './classify/classify-claim.ts'
import { ALIGN_DEFAULTS, LIMITS } from './defaults.ts'
import { diffWords } from './diff/diff-words.ts'
import { extractFacts } from './facts/extract-facts.ts'
import { resolveSpeakers } from './facts/resolve-speakers.ts'
import { type Token, tokenize } from './normalize/tokenize.ts'
import { segmentArticle } from './segment/segment-article.ts'
import type {
  ArticleInput,
  Claim,
  CompareOptions,
  Fact,
  QuoteMention,
  Report,
  Segment,
  Shortcut,
  WordDiff,
} from './types.ts'

/** Checks the time budget every this many scored pairs, so the clock is cheap to watch. */
const CLOCK_STRIDE = 256

/**
 * Compares articles and returns a version-1 report: segment → facts → candidate pairs → score →
 * align → group into claims → classify → word diff → unique. Bounded by `options.timeBudgetMs`:
 * past it, unscored pairs are dropped and word diffs skipped, and `report.shortcuts` says so.
 */
export function compareArticles(articles: ArticleInput[], options: CompareOptions = {}): Report {
  const now = options.now ?? (() => Date.now())
  const deadline = now() + (options.timeBudgetMs ?? LIMITS.timeBudgetMs)
  const threshold = clampThreshold(options.threshold)
  const progress = (fraction: number, stage: string) => options.onProgress?.(fraction, stage)
  const shortcuts: Shortcut[] = []
  const unique = dedupeIds(articles)

  progress(0, 'segment')
  const segments = unique.flatMap((article) => segmentArticle(article))
  progress(0.15, 'facts')
  const facts = new Map<string, Fact[]>()
  const quotes: QuoteMention[] = []
  let truncatedFacts = 0
  for (const article of unique) {
    const own = segments.filter((s) => s.doc === article.id && (s.role === 'headline' || s.role === 'body'))
    const context = { published: article.published ?? null }
    const resolved = resolveSpeakers(own.map((segment) => extractFacts(segment.text, context)))
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

  progress(0.3, 'align')
  const docIndex = new Map(unique.map((article, index) => [article.id, index]))
  const comparable = segments.filter((segment) => segment.role === 'headline' || segment.role === 'body')
  // Tokens carry document offsets, computed once: profiles ignore offsets, claims need them.
  const tokens = new Map(comparable.map((segment) => [segment.id, tokenize(segment.text, segment.start)]))
  const tokensOf = (segment: Segment) => tokens.get(segment.id) ?? tokenize(segment.text, segment.start)
  const profiles = profileSegments(comparable, (doc) => docIndex.get(doc) ?? 0, tokensOf)
  const candidates = findCandidatePairs(profiles)
  const scores = new Map<number, number>()
  const scoreOf = (a: number, b: number) => {
    const key = Math.min(a, b) * profiles.length + Math.max(a, b)
    let score = scores.get(key)
    if (score === undefined) {
      const pa = profiles[a]
      const pb = profiles[b]
      score = pa && pb ? scorePair(pa, pb).score : 0
      scores.set(key, score)
    }
    return score
  }
  const pairs: ScoredPair[] = []
  for (let i = 0; i < candidates.length; i++) {
    if (i % CLOCK_STRIDE === 0 && now() > deadline) {
      shortcuts.push({
        limit: 'timeBudget',
        detail: `Scored ${i} of ${candidates.length} candidate pairs before the time budget ran out; the rest were not aligned.`,
      })
      break
    }
    const [a, b] = candidates[i] ?? [0, 0]
    pairs.push({ a, b, score: scoreOf(a, b) })
  }
  progress(0.6, 'group')
  // The chaining guard reads scores of candidate pairs only: a pair the index did not propose
  // shares little weight, so it counts as 0 instead of being scored (which grew with group sizes).
  const knownScore = (a: number, b: number) =>
    scores.get(Math.min(a, b) * profiles.length + Math.max(a, b)) ?? 0
  const groups = groupClaims(profiles, pairs, threshold, knownScore)

  progress(0.7, 'classify')
  const texts = new Map(unique.map((article) => [article.id, article.text]))
  const labels = new Map(unique.map((article) => [article.id, article.source ?? article.title ?? article.id]))
  let diffsSkipped = false
  let oversized = 0
  const claims: Claim[] = groups.map((group, index) => {
    const claimSegments = group.members.flatMap((member) => {
      const segment = profiles[member]?.segment
      return segment ? [segment] : []
    })
    const claim = buildClaim(`c${index}`, group, claimSegments, { facts, texts, labels, tokensOf })
    if (now() > deadline) diffsSkipped = true
    else {
      claim.diffs = diffClaim(claimSegments)
      oversized += claimSegments.length - 1 - claim.diffs.length
    }
    return claim
  })
  if (oversized > 0) {
    shortcuts.push({
      limit: 'diffMaxTokens',
      detail: `${oversized} word diffs were skipped: a segment had more than ${LIMITS.diffMaxTokens} tokens.`,
    })
  }
  if (diffsSkipped) {
    shortcuts.push({
      limit: 'timeBudget',
      detail: 'Word diffs were skipped for some claims after the time budget ran out.',
    })
  }

  progress(0.95, 'report')
  const claimed = new Set(claims.flatMap((claim) => claim.segments))
  const report: Report = {
    version: 1,
    documents: unique.map((article) => ({
      id: article.id,
      title:
        article.title ??
        segments.find((s) => s.doc === article.id && s.role === 'headline')?.text ??
        article.id,
      source: article.source ?? null,
      text: article.text,
      published: article.published ?? null,
      url: article.url ?? null,
    })),
    segments,
    claims,
    unique: comparable.filter((segment) => !claimed.has(segment.id)).map((segment) => segment.id),
    quotes,
  }
  if (shortcuts.length > 0) report.shortcuts = shortcuts
  progress(1, 'done')
  return report
}

/** The sensitivity the caller asked for, clamped to 0..1, else the default. */
function clampThreshold(threshold: number | undefined): number {
  if (threshold === undefined || !Number.isFinite(threshold)) return ALIGN_DEFAULTS.threshold
  return Math.min(1, Math.max(0, threshold))
}

/** Keeps the first article of each id: segment ids must be report-unique. */
function dedupeIds(articles: ArticleInput[]): ArticleInput[] {
  const seen = new Set<string>()
  return articles.filter((article) => !seen.has(article.id) && seen.add(article.id) !== undefined)
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

/** What building a claim needs from the pipeline: per-segment facts and tokens (document offsets), texts and labels. */
interface ClaimInputs {
  /** Segment id → its facts at document offsets. */
  facts: Map<string, Fact[]>
  /** Document id → text. */
  texts: Map<string, string>
  /** Document id → name used in explanations. */
  labels: Map<string, string>
  /** A segment's tokens at document offsets. */
  tokensOf: (segment: Segment) => Token[]
}

/** Gathers each document's side of a group (segments, facts, tokens at document offsets) and classifies it. */
function buildClaim(id: string, group: ClaimGroup, segments: Segment[], inputs: ClaimInputs): Claim {
  const sides: ClaimSide[] = []
  for (const segment of segments) {
    let side = sides.find((s) => s.doc === segment.doc)
    if (!side) {
      const label = inputs.labels.get(segment.doc) ?? segment.doc
      side = { doc: segment.doc, label, segments: [], facts: [], tokens: [] }
      sides.push(side)
    }
    side.segments.push(segment)
    // Appended one by one: spreading a megabyte line's tokens into push() overflows the call stack.
    for (const fact of inputs.facts.get(segment.id) ?? []) side.facts.push(fact)
    for (const token of inputs.tokensOf(segment)) side.tokens.push(token)
  }
  const { status, differences, details } = classifyClaim(sides, inputs.texts, group.score)
  return { id, segments: segments.map((s) => s.id), status, score: group.score, differences, details }
}

/** Word diffs from the claim's first segment to each other segment. */
function diffClaim(segments: Segment[]): WordDiff[] {
  const [first, ...rest] = segments
  if (!first) return []
  return rest.flatMap((segment) => {
    const ops = diffWords(first.text, segment.text)
    return ops ? [{ from: first.id, to: segment.id, ops }] : []
  })
}
