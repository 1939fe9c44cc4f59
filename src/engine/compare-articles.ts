import { findCandidatePairs } from './align/candidate-pairs.ts'
import { type ClaimGroup, groupClaims, ownMembers } from './align/group-claims.ts'
import { describeLink } from './align/link-evidence.ts'
import type { MatchModel } from './align/match-model.ts'
import { MATCH_MODEL } from './align/match-weights.generated.ts'
import { twinPairProbability } from './align/near-duplicates.ts'
import { type PairEvidence, pairFeatures, wordOverlap } from './align/pair-features.ts'
import { groupingScorer, scoreCandidates } from './align/score-candidates.ts'
import type { SegmentProfile } from './align/segment-profile.ts'
import { statementPairs } from './align/statement-pairs.ts'
import { sidePairsToCompare } from './align/twin-sides.ts'
import { analyseArticles } from './analyse-articles.ts'
import type { ClaimSide } from './classify/claim-side.ts'
import { classifyClaim } from './classify/classify-claim.ts'
import { grammarBudget } from './classify/grammar-budget.ts'
import { markUpdates } from './classify/mark-updates.ts'
import type { SegmentGrammar } from './classify/read-phrases.ts'
import { LIMITS } from './defaults.ts'
import { diffWords } from './diff/diff-words.ts'
import type { Token } from './normalize/tokenize.ts'
import { buildFactTable } from './summary/fact-table.ts'
import type {
  ArticleInput,
  Claim,
  CompareOptions,
  DiffOp,
  Fact,
  Report,
  Segment,
  Shortcut,
  WordDiff,
} from './types.ts'

/**
 * Compares articles and returns a version-1 report: segment → facts → candidate pairs → score →
 * align → group into claims → classify → word diff → unique. Bounded by `options.timeBudgetMs`:
 * past it, unscored pairs are dropped and word diffs skipped, and `report.shortcuts` says so.
 */
export function compareArticles(articles: ArticleInput[], options: CompareOptions = {}): Report {
  const now = options.now ?? (() => Date.now())
  const deadline = now() + (options.timeBudgetMs ?? LIMITS.timeBudgetMs)
  const progress = (fraction: number, stage: string) => options.onProgress?.(fraction, stage)
  const shortcuts: Shortcut[] = []
  const unique = dedupeIds(articles)

  progress(0, 'segment')
  const analysis = analyseArticles(unique)
  const { segments, comparable, facts, quotes, tokensOf, profiles } = analysis
  shortcuts.push(...analysis.shortcuts)

  progress(0.3, 'align')
  const model = options.model ?? MATCH_MODEL
  const candidates = findCandidatePairs(profiles)
  // Near-duplicate segments (wire copy) are scored once per pair of twins, here and in grouping.
  const probability = twinPairProbability(profiles, model)
  const scored = scoreCandidates(profiles, candidates, model, () => now() > deadline, probability)
  if (scored.unscored > 0) {
    shortcuts.push({
      limit: 'timeBudget',
      detail: `Scored ${candidates.length - scored.unscored} of ${candidates.length} candidate pairs before the time budget ran out; the rest were not aligned.`,
    })
  }
  progress(0.6, 'group')
  const scorer = groupingScorer(profiles, model, probability)
  const groups = groupClaims(profiles, scored.pairs, clampThreshold(options.threshold, model), scorer)

  progress(0.7, 'classify')
  const texts = new Map(unique.map((article) => [article.id, article.text]))
  const labels = new Map(unique.map((article) => [article.id, article.source ?? article.title ?? article.id]))
  let diffsSkipped = false
  let oversized = 0
  const grammar = grammarBudget(LIMITS.phraseTaggedSegments)
  const knownDiffs = new Map<string, DiffOp[] | null>()
  const claims: Claim[] = groups.map((group, index) => {
    const claimSegments = group.members.flatMap((member) => {
      const segment = profiles[member]?.segment
      return segment ? [segment] : []
    })
    const evidence = group.links.map((link) =>
      pairFeatures(profiles[link.a] as SegmentProfile, profiles[link.b] as SegmentProfile),
    )
    const overlap =
      evidence.reduce((sum, found) => sum + wordOverlap(found.values), 0) / Math.max(1, evidence.length)
    // One segment list per statement, shared by every pair it is in, so its side is built once.
    const statementSegments = new Map<readonly number[], Segment[]>()
    const segmentsOf = (statement: readonly number[]) => {
      let found = statementSegments.get(statement)
      if (found === undefined) {
        found = statement.flatMap((member) => (profiles[member] ? [profiles[member].segment] : []))
        statementSegments.set(statement, found)
      }
      return found
    }
    // Facts are compared among the members grouping formed; attached ones are listed, not compared again.
    const own = ownMembers(group)
    const linkedSegments = statementPairs(own, profiles, scorer.isSplit)?.map(
      ([left, right]) => [segmentsOf(left), segmentsOf(right)] as const,
    )
    const claim = buildClaim(`c${index}`, group, segmentsOf(own.members), linkedSegments, overlap, {
      facts,
      texts,
      labels,
      tokensOf,
      grammarOf: grammar.grammarOf,
    })
    if (group.attached.length > 0) {
      claim.segments = claimSegments.map((segment) => segment.id)
      claim.attachedSegments = segmentsOf(group.attached).map((segment) => segment.id)
    }
    claim.links = group.links.map((link, at) =>
      describeLink(link, evidence[at] as PairEvidence, profiles, model),
    )
    if (now() > deadline) diffsSkipped = true
    else {
      claim.diffs = diffClaim(claimSegments, knownDiffs)
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
  if (grammar.refused() > 0) {
    shortcuts.push({
      limit: 'phraseTaggedSegments',
      detail: `Details of ${grammar.refused()} segments keep the words only they say, not whole phrases: phrase tagging stops after ${LIMITS.phraseTaggedSegments} segments.`,
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
  markUpdates(report.claims, report.documents)
  report.factTable = buildFactTable(report, (segment) => facts.get(segment.id) ?? [])
  progress(1, 'done')
  return report
}

/** The probability cut the caller asked for, clamped to 0..1, else the model's learned cut. */
function clampThreshold(threshold: number | undefined, model: MatchModel): number {
  if (threshold === undefined || !Number.isFinite(threshold)) return model.cut
  return Math.min(1, Math.max(0, threshold))
}

/** Keeps the first article of each id: segment ids must be report-unique. */
function dedupeIds(articles: ArticleInput[]): ArticleInput[] {
  const seen = new Set<string>()
  return articles.filter((article) => !seen.has(article.id) && seen.add(article.id) !== undefined)
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
  /** A segment's grammar for its details, within the comparison's tagging budget. */
  grammarOf: (segment: Segment) => SegmentGrammar
}

/** Gathers each document's side of a group (segments, facts, tokens at document offsets) and classifies it. */
function buildClaim(
  id: string,
  group: ClaimGroup,
  segments: Segment[],
  linkedSegments: readonly (readonly [Segment[], Segment[]])[] | undefined,
  overlap: number,
  inputs: ClaimInputs,
): Claim {
  const sides = sidesOf(segments, inputs)
  // A document that states the claim twice is compared statement by statement (see statement-pairs.ts).
  // Otherwise every pair of sides, but for twins (copies of one sentence: see twin-sides.ts).
  // A statement's side is built once and shared by its pairs: the word keys and facts each side
  // holds are then read once per statement, not once per pair (a wire story's claim of ten
  // outlets that restate it held some fifty pairs).
  const statementSides = new Map<readonly Segment[], ClaimSide>()
  const sideOf = (statement: readonly Segment[]) => {
    let side = statementSides.get(statement)
    if (side === undefined) {
      side = sidesOf(statement, inputs)[0] as ClaimSide
      statementSides.set(statement, side)
    }
    return side
  }
  const linked =
    linkedSegments?.map(([left, right]) => [sideOf(left), sideOf(right)] as [ClaimSide, ClaimSide]) ??
    sidePairsToCompare(sides)
  const { status, differences, details } = classifyClaim(
    sides,
    inputs.texts,
    overlap,
    linked,
    inputs.grammarOf,
  )
  return { id, segments: segments.map((s) => s.id), status, score: group.score, differences, details }
}

/** Each document's side of some segments: its segments, facts and tokens at document offsets. */
function sidesOf(segments: readonly Segment[], inputs: ClaimInputs): ClaimSide[] {
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
  return sides
}

/**
 * Word diffs from the claim's first segment to each other segment. `known` holds the diffs of this
 * comparison by pair of texts: wire copy repeats a sentence word for word in many outlets, and on
 * the bench's wire-copy set a third of the diffs asked for were of a pair of texts already diffed.
 */
function diffClaim(segments: Segment[], known: Map<string, DiffOp[] | null>): WordDiff[] {
  const [first, ...rest] = segments
  if (!first) return []
  return rest.flatMap((segment) => {
    const key = `${first.text}\u0000${segment.text}`
    let ops = known.get(key)
    if (ops === undefined) {
      ops = diffWords(first.text, segment.text)
      known.set(key, ops)
    }
    return ops ? [{ from: first.id, to: segment.id, ops }] : []
  })
}
