import type { Token } from '../normalize/tokenize.ts'
import type { Detail, Segment, TextSpan } from '../types.ts'
import type { ClaimSide } from './claim-side.ts'
import { grammarBudget } from './grammar-budget.ts'
import { isLightWord, type Span, tidySpan } from './phrase-edges.ts'
import { NO_GRAMMAR, type Phrase, type SegmentGrammar } from './read-phrases.ts'

/** A run of content words only one side says, before it is widened to a phrase. */
export interface DetailRun {
  /** The side that says it. */
  side: ClaimSide
  /** The segment it sits in. */
  segment: Segment
  /** Its content tokens, in text order (at least one). */
  tokens: Token[]
  /** True when it holds a whole number, name or date only this side gives. */
  fact: boolean
}

/** A clause is the detail when more than this share of its content words is new. */
const CLAUSE_NEW_SHARE = 0.5

/** A detail being built: its run(s), span and segment. */
interface Draft {
  runs: DetailRun[]
  span: Span
}

/**
 * Turns runs of unsaid words into details a reader understands: each run is widened to the noun
 * phrases and verb groups it touches (`know the actual` → `don't know the actual date`), a verb
 * takes the object right after it, a clause most of whose words are new is taken whole, and
 * details that then touch, or are parted only by function words (`timeline` · `for` · `political
 * change`), become one; edges are tidied (`phrase-edges.ts`). A wider span that would reach into a
 * difference gives way to a narrower one. Runs that carry no content are dropped: function words,
 * or a lone verb (`met`, `quoted`). A lone modifier inside a phrase both sides give (`Special` of
 * `U.N. Special Envoy`) stays: on iSTS headlines such words are mostly the more specific chunk
 * (dropping them cost 4.6 points of extra-detail recall for 0.6 of precision). `kept` lists the
 * runs that became details.
 */
export function phraseDetails(
  runs: readonly DetailRun[],
  texts: ReadonlyMap<string, string>,
  differenceSpans: readonly TextSpan[],
  readGrammar: (segment: Segment) => SegmentGrammar = grammarBudget(Number.POSITIVE_INFINITY).grammarOf,
): { details: Detail[]; kept: DetailRun[] } {
  const grammars = new Map<string, SegmentGrammar>()
  const grammarOf = (segment: Segment) => {
    let grammar = grammars.get(segment.id)
    if (grammar === undefined) {
      grammar = readGrammar(segment)
      grammars.set(segment.id, grammar)
    }
    return grammar
  }
  const clear = (doc: string, [start, end]: Span) =>
    !differenceSpans.some((span) => span.doc === doc && span.start < end && start < span.end)
  const drafts: Draft[] = []
  for (const run of runs) {
    // A name or date stands on its own (`Geneva`, `February`); other words take their phrase. Tagging
    // is most of the cost, so a segment is tagged only for a run that needs it.
    const alone = standsAlone(run)
    const grammar = alone ? NO_GRAMMAR : grammarOf(run.segment)
    const text = texts.get(run.side.doc) ?? ''
    const own: Span = [run.tokens[0]?.start ?? 0, run.tokens[run.tokens.length - 1]?.end ?? 0]
    const phrase = alone ? own : countedBy(grammar, run, widenToPhrases(grammar, own))
    if (!run.fact && isEmpty(grammar, run)) continue
    const tidy = (span: Span) => tidySpan(grammar, run.side, text, run.segment, span)
    const candidates = [tidy(widenToClause(grammar, run, phrase)), tidy(phrase), own]
    const span = candidates.find((candidate) => clear(run.side.doc, candidate)) ?? own
    const previous = drafts[drafts.length - 1]
    if (previous?.runs[0]?.segment === run.segment && joins(run.side, previous.span, span)) {
      previous.runs.push(run)
      previous.span = [Math.min(previous.span[0], span[0]), Math.max(previous.span[1], span[1])]
    } else drafts.push({ runs: [run], span })
  }
  const details: Detail[] = []
  for (const { runs: parts, span } of drafts) {
    const [run] = parts as [DetailRun]
    const text = texts.get(run.side.doc) ?? ''
    const tidied = tidySpan(grammars.get(run.segment.id) ?? NO_GRAMMAR, run.side, text, run.segment, span)
    const [start, end] = clear(run.side.doc, tidied) ? tidied : span
    const newWords = parts.reduce((sum, part) => sum + part.tokens.length, 0)
    const added = parts.map((part) => ({
      start: part.tokens[0]?.start ?? start,
      end: part.tokens[part.tokens.length - 1]?.end ?? end,
    }))
    // Closing a quote can reach over the detail before it: the two are then one.
    const previous = details[details.length - 1]
    if (previous?.segment === run.segment.id && start < previous.end) {
      previous.start = Math.min(previous.start, start)
      previous.end = Math.max(previous.end, end)
      previous.text = text.slice(previous.start, previous.end)
      previous.newWords = (previous.newWords ?? 0) + newWords
      previous.added = [...(previous.added ?? []), ...added]
    } else
      details.push({
        doc: run.side.doc,
        start,
        end,
        text: text.slice(start, end),
        segment: run.segment.id,
        newWords,
        added,
      })
  }
  return { details, kept: drafts.flatMap((draft) => draft.runs) }
}

/** True when every word of the run lies in a name or date fact of its side. */
function standsAlone(run: DetailRun): boolean {
  return run.tokens.every((token) =>
    run.side.facts.some(
      (fact) =>
        (fact.kind === 'name' || fact.kind === 'date') && fact.start <= token.start && token.end <= fact.end,
    ),
  )
}

/**
 * A span widened to the noun phrases and verb groups it touches, and a trailing verb's object.
 * To the left a phrase is taken whole (`the government of President…`); to the right it stops at a
 * preposition other than `of`, since a trailing prepositional phrase (`the minister in Geneva`,
 * `grain to the buyers`) says something of its own, which the other side may well say too.
 */
function widenToPhrases(grammar: SegmentGrammar, [start, end]: Span): Span {
  const touched = grammar.phrases.filter(
    (phrase) => phrase.kind !== 'other' && phrase.start < end && start < phrase.end,
  )
  let from = start
  let to = end
  for (const phrase of touched) {
    from = Math.min(from, phrase.start)
    const stop = grammar.words.find(
      (word) =>
        word.start >= end && word.end <= phrase.end && word.tags.has('Preposition') && word.normal !== 'of',
    )
    to = Math.max(to, stop === undefined ? phrase.end : end)
  }
  const last = touched[touched.length - 1]
  const object = last && objectOf(grammar, last)
  return [from, object ? object.end : to]
}

/**
 * A bare count with the verb group right before it, which says what it counts (`80` → `injuring
 * 80`); a count with its noun (`300 engineers`) is left as it is.
 */
function countedBy(grammar: SegmentGrammar, run: DetailRun, span: Span): Span {
  const inside = grammar.words.filter((word) => word.start >= span[0] && word.end <= span[1])
  if (inside.length === 0 || !inside.every((word) => word.tags.has('Value'))) return span
  const index = grammar.phrases.findIndex((phrase) => phrase.start <= span[0] && span[0] < phrase.end)
  const before = grammar.phrases[index - 1]
  const gap = before && grammar.words.some((word) => word.start >= before.end && word.end <= span[0])
  return before?.kind === 'verb' && !gap && run.fact ? [before.start, span[1]] : span
}

/** The noun phrase right after a verb group, when nothing stands between them: the verb's object. */
function objectOf(grammar: SegmentGrammar, phrase: Phrase): Phrase | undefined {
  if (phrase.kind !== 'verb') return undefined
  const next = grammar.phrases[grammar.phrases.indexOf(phrase) + 1]
  if (next?.kind !== 'noun') return undefined
  const between = grammar.words.some((word) => word.start >= phrase.end && word.end <= next.start)
  const broken = grammar.words.some((word) => word.end === phrase.end && /[,;:]/.test(word.after))
  return between || broken ? undefined : next
}

/** A span grown to every clause it touches more than half of whose content words the run says alone. */
function widenToClause(grammar: SegmentGrammar, run: DetailRun, [start, end]: Span): Span {
  let from = start
  let to = end
  for (const clause of grammar.clauses) {
    if (clause.start >= end || start >= clause.end) continue
    const inClause = (token: Token) => token.start >= clause.start && token.end <= clause.end
    const words = run.side.tokens.filter((token) => token.content && inClause(token))
    const fresh = run.tokens.filter(inClause)
    if (words.length >= 2 && fresh.length > words.length * CLAUSE_NEW_SHARE) {
      from = Math.min(from, clause.start)
      to = Math.max(to, clause.end)
    }
  }
  return [from, to]
}

/**
 * True when a run carries no content: all its words are function words, or it is one verb inside
 * a clause that says more (`met`, `quoted`: the other side tells the event in its own verb).
 */
function isEmpty(grammar: SegmentGrammar, run: DetailRun): boolean {
  const words = run.tokens.map((token) =>
    grammar.words.find((word) => word.start <= token.start && token.start < word.end),
  )
  if (words.every((word) => word !== undefined && isLightWord(word))) return true
  if (run.tokens.length !== 1) return false
  const [word] = words
  return word?.tags.has('Verb') === true && !word.tags.has('Adjective') && !isOwnClause(grammar, run)
}

/** True when the run's clause holds no other content word (`…through the night, exhausted`). */
function isOwnClause(grammar: SegmentGrammar, run: DetailRun): boolean {
  const [token] = run.tokens
  const clause = grammar.clauses.find(
    (candidate) => token && candidate.start <= token.start && token.end <= candidate.end,
  )
  if (clause === undefined) return false
  return !run.side.tokens.some(
    (other) => other.content && other !== token && other.start >= clause.start && other.end <= clause.end,
  )
}

/** True when two spans of a side overlap, touch, or have only function words and punctuation between them. */
function joins(side: ClaimSide, [, end]: Span, [start]: Span): boolean {
  if (start <= end) return true
  return !side.tokens.some((token) => token.content && token.start >= end && token.end <= start)
}
