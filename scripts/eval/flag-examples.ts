/**
 * The learned flag filter's examples (measured by flag-filter.ts, not shipped): every judged flag of `scripts/eval/flag-judgements.json`,
 * as the features (flag-features.ts) of the pair of sentences that decided its
 * verdict, labelled 1 when the flag is right (or an update) and 0 when wrong. The features are
 * computed on that pair directly, so flags that older rules raised and the current engine no longer
 * does still count (223 examples instead of the ~80 the engine raises today); `current` says which
 * ones the current engine still raises. Reads the ECB+ texts from ../shared/eval (never copied).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { matchProbability } from '../../src/engine/align/match-model.ts'
import { MATCH_MODEL } from '../../src/engine/align/match-weights.generated.ts'
import { pairFeatures } from '../../src/engine/align/pair-features.ts'
import { analyseArticles } from '../../src/engine/analyse-articles.ts'
import type { ClaimSide } from '../../src/engine/classify/claim-side.ts'
import { findPairDifferences } from '../../src/engine/classify/find-differences.ts'
import { type ArticleInput, compareArticles, type DifferenceKind, type Fact } from '../../src/engine/index.ts'
import { flagFeatures } from './flag-features.ts'
import { type FlagJudgement, flagKey } from './flag-precision.ts'
import { readJsonl } from './read-jsonl.ts'

/** One judged flag as a training example. */
export interface FlagExample {
  /** The ECB+ sub-topic, and its topic (the number in its id): folds keep a topic together. */
  subtopic: string
  topic: string
  /** The judged group the flag belongs to (dev, heldOut, … heldOut5). */
  group: string
  /** 1 when the flag is right or an update, 0 when wrong. */
  label: number
  /** The guide's reason for a wrong flag. */
  reason?: string
  /** True when the current engine still raises this flag (same sub-topic, kind and values). */
  current: boolean
  /** The flag's features in FLAG_FEATURES order. */
  features: number[]
}

const judgementsPath = fileURLToPath(new URL('./flag-judgements.json', import.meta.url))
// Values longer than this are cut in the judgements file (quotes).
const VALUE_CHARS = 80

/** The judged flags' examples, with the number of judgements whose values could not be found. */
export function flagExamples(dir: string): { examples: FlagExample[]; unfound: string[] } {
  const file = JSON.parse(readFileSync(judgementsPath, 'utf8')) as Record<string, unknown> & {
    judgements: FlagJudgement[]
  }
  const groupOf = new Map<string, string>()
  for (const field of ['heldOut', 'heldOutAfter', 'heldOut3', 'heldOut4', 'heldOut5'])
    for (const id of file[field] as string[]) groupOf.set(id, field)
  const ids = new Set(file.judgements.map((judgement) => judgement.subtopic))
  const requests = readJsonl<{ id: string; articles: ArticleInput[] }>(
    join(dir, 'ecbplus-dev', 'ecbplus-dev.jsonl'),
  ).filter((request) => ids.has(request.id))
  const examples: FlagExample[] = []
  const unfound: string[] = []
  for (const request of requests) {
    const analysis = analyseArticles(request.articles)
    const texts = new Map(request.articles.map((article) => [article.id, article.text]))
    const raised = new Set(
      compareArticles(request.articles).claims.flatMap((claim) =>
        claim.differences.map((difference) => flagKey(request.id, difference.kind, difference.values)),
      ),
    )
    const profileOf = (id: string) => analysis.profiles.find((profile) => profile.segment.id === id)
    const linkOf = (left: string, right: string) => {
      const x = profileOf(left)
      const y = profileOf(right)
      return x && y ? matchProbability(MATCH_MODEL, pairFeatures(x, y).values) : 0
    }
    const sideOf = (id: string): ClaimSide | undefined => {
      const segment = analysis.segments.find((candidate) => candidate.id === id)
      if (segment === undefined) return undefined
      return {
        doc: segment.doc,
        label: segment.doc,
        segments: [segment],
        facts: analysis.facts.get(segment.id) ?? [],
        tokens: analysis.tokensOf(segment),
      }
    }
    for (const judgement of file.judgements.filter((one) => one.subtopic === request.id)) {
      const a = sideOf(judgement.a.segment)
      const b = sideOf(judgement.b.segment)
      const pair = a && b ? locate(judgement, a, b) : undefined
      if (a === undefined || b === undefined || pair === undefined) {
        unfound.push(`${judgement.subtopic} ${judgement.kind} ${judgement.a.value} / ${judgement.b.value}`)
        continue
      }
      const features = flagFeatures(
        { kind: judgement.kind as DifferenceKind, a, x: pair[0], b, y: pair[1] },
        { values: judgement.values, link: linkOf(judgement.a.segment, judgement.b.segment) },
        texts,
      )
      const example: FlagExample = {
        subtopic: judgement.subtopic,
        topic: /(\d+)/.exec(judgement.subtopic)?.[1] ?? judgement.subtopic,
        group: groupOf.get(judgement.subtopic) ?? 'dev',
        label: judgement.verdict === 'wrong' ? 0 : 1,
        current: raised.has(flagKey(judgement.subtopic, judgement.kind, judgement.values)),
        features: [...features],
      }
      if (judgement.reason !== undefined) example.reason = judgement.reason
      examples.push(example)
    }
  }
  return { examples, unfound }
}

/**
 * The two facts the judgement names: the engine's own conflict of the pair when it still finds one
 * with those values, else the facts of those values on each side (the values of older rules).
 */
function locate(judgement: FlagJudgement, a: ClaimSide, b: ClaimSide): [Fact, Fact] | undefined {
  const same = (fact: Fact, value: string) => fact.text.slice(0, VALUE_CHARS) === value.slice(0, VALUE_CHARS)
  // A negation's plain side is listed as `no negation`: any fact of that side stands for it.
  const fits = (fact: Fact, value: string) => value === NO_NEGATION || same(fact, value)
  const conflict = findPairDifferences(a, b).find(
    (found) =>
      found.kind === judgement.kind && fits(found.a, judgement.a.value) && fits(found.b, judgement.b.value),
  )
  if (conflict !== undefined) return [conflict.a, conflict.b]
  const x = factOf(a, judgement.a.value, judgement.kind)
  const y = factOf(b, judgement.b.value, judgement.kind)
  return x && y ? [x, y] : undefined
}

const NO_NEGATION = 'no negation'

/**
 * The side's fact of a value, else the value's words in its segment as a fact of the flag's kind
 * (an opposite word, a time the extractor now reads otherwise), else for `no negation` the segment.
 */
function factOf(side: ClaimSide, value: string, kind: string): Fact | undefined {
  const lower = value.toLowerCase()
  const found =
    side.facts.find((fact) => fact.text.slice(0, VALUE_CHARS) === value.slice(0, VALUE_CHARS)) ??
    side.facts.find((fact) => fact.text.toLowerCase() === lower) ??
    side.facts.find((fact) => fact.text.toLowerCase().includes(lower))
  if (found !== undefined) return found
  const segment = side.segments[0]
  if (segment === undefined) return undefined
  const at = value === NO_NEGATION ? 0 : segment.text.toLowerCase().indexOf(lower)
  if (at < 0) return undefined
  const length = value === NO_NEGATION ? segment.text.length : value.length
  const text = segment.text.slice(at, at + length)
  const start = segment.start + at
  return {
    kind: kind === 'other' ? 'negation' : (kind as Fact['kind']),
    key: text.toLowerCase(),
    text,
    start,
    end: start + length,
  }
}
