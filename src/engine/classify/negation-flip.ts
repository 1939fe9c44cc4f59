import { conceptsOf } from '../lexicon/lexicon.ts'
import type { Token } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, sideKeys } from './claim-side.ts'
import type { FactConflict } from './fact-conflicts.ts'

/** Content words after a negation cue that form its scope (NegEx-style fixed window, Chapman et al. 2001). */
const SCOPE_WORDS = 3

/**
 * Finds a negation flip: one side negates a statement the other makes plainly. The cue's scope
 * (the next few content words) must appear on the plain side, so `did not comment` in one report
 * does not flip an unrelated `discussed plans` in the other.
 */
export function findNegationFlip(a: ClaimSide, b: ClaimSide): FactConflict | null {
  const cuesA = a.facts.filter(isGrammaticalNegation)
  const cuesB = b.facts.filter(isGrammaticalNegation)
  if (cuesA.length === cuesB.length) return null
  // The side with more negations negates something the other says plainly; cues both sides share
  // (`there is no option` in both) are not the flip, so `is not going`/`is going` still counts.
  const [negated, plain, cues, kept] =
    cuesA.length > cuesB.length ? [a, b, cuesA, cuesB] : [b, a, cuesB, cuesA]
  // `does not have`/`without`, `would not recuse`/`refused to recuse`: the plain side negates in words.
  const lexical = (side: ClaimSide) =>
    side.facts.filter((fact) => fact.kind === 'negation' && !isGrammaticalNegation(fact)).length +
    negativeWords(side)
  if (lexical(plain) > lexical(negated)) return null
  const unkept = [...kept]
  const cue = cues.find((candidate) => {
    const same = unkept.findIndex((other) => other.key === candidate.key)
    if (same >= 0) {
      unkept.splice(same, 1)
      return false
    }
    return !isConceded(candidate, negated) && scopeIsShared(candidate, negated, plain)
  })
  const plainSegment = plain.segments[0]
  if (!cue || !plainSegment) return null
  const affirmed: Fact = {
    kind: 'negation',
    key: 'affirmed',
    text: 'no negation',
    start: plainSegment.start,
    end: plainSegment.end,
  }
  return negated === a ? { kind: 'negation', a: cue, b: affirmed } : { kind: 'negation', a: affirmed, b: cue }
}

/**
 * Words that say `not` without a negator (`are unsure` / `did not know`, `had yet to regain` /
 * `had not yet regained`, `is still unclear` / `isn't sure`): a side that says them states the
 * negative in words, so the other side's `not` is no flip. Only here, not as negation facts, so
 * what the match model sees of a segment stays as it was trained.
 */
const NEGATIVE_WORDS = new Set([
  'unsure',
  'unclear',
  'unknown',
  'unable',
  'unaware',
  'uncertain',
  'undecided',
  'unlikely',
  'lack',
  'lacks',
  'lacked',
  'lacking',
])

/** How many times a side says the negative in words, `yet to` (`has yet to decide`) included. */
function negativeWords(side: ClaimSide): number {
  let count = 0
  side.tokens.forEach((token, k) => {
    if (NEGATIVE_WORDS.has(token.norm) || (token.norm === 'yet' && side.tokens[k + 1]?.norm === 'to')) count++
  })
  return count
}

/**
 * Grammatical negators only (`not`, `never`, `no`, `neither`, `nor`): lexical ones (`denied`,
 * `failed to`, `without`) have plain paraphrases (`rejected`, `went unpunished`), and on MRPC they
 * flagged equivalent pairs as often as different ones.
 */
function isGrammaticalNegation(fact: Fact): boolean {
  return fact.kind === 'negation' && GRAMMATICAL.has(fact.key.split(':')[0] ?? '')
}

// `nor` only continues a `neither` or a `not` already counted (`neither I nor my film`).
const GRAMMATICAL = new Set(['not', 'never', 'no', 'neither'])

/**
 * True when most content words in the cue's scope are said on the plain side too. A scope with no
 * content word (`isn't what he once was`, `what comedy could not.`) falls back to the words right
 * after the cue, or right before it at a sentence's end, function words included: all of them must
 * be said on the plain side, in that order.
 */
function scopeIsShared(cue: Fact, negated: ClaimSide, plain: ClaimSide): boolean {
  const clause = clauseAfter(cue, negated).filter((token) => token.content)
  const scope = clause.filter((token) => !token.name).slice(0, SCOPE_WORDS)
  // Only names after the cue (`this wasn't Carlesimo or Jordan`): it denies who, not what.
  if (scope.length === 0 && clause.length > 0) return false
  if (scope.length === 0) return plainSaysAround(cue, negated, plain)
  const { stems, concepts } = sideKeys(plain)
  const said = (token: Token) =>
    stems.has(token.stem) || conceptsOf(token.stem).some((concept) => concepts.has(concept))
  // The negated word itself (`will not affect` / `will play`) must be said plainly.
  // The head by its own stem: a synonym (`not affect` against `influence`) negates another verb.
  const head = scope[0] as Token
  if (!stems.has(head.stem)) return false
  return scope.filter(said).length * 2 > scope.length
}

// A report a sentence concedes and then overrides (`Despite reports last week that said …,`,
// `contrary to rumours that …`); a plain concession (`Although the rep wouldn't reveal why, …`)
// grants a fact, and its negation still counts.
const CONCESSION =
  /\b(?:despite|in spite of|contrary to)\s+(?:the\s+|earlier\s+|recent\s+)*(?:reports?|rumou?rs?|claims?|speculation|suggestions?)\b[^,;:]*$/i

/**
 * True when the cue stands in a conceded report, before its comma: `Despite reports last week
 * that said Gary Ross would not be returning, it seems he will be back` grants an earlier report
 * and then says otherwise; the sentence's claim is its main clause, not the negation it concedes.
 */
function isConceded(cue: Fact, side: ClaimSide): boolean {
  const segment = side.segments.find((s) => s.start <= cue.start && cue.end <= s.end)
  return segment !== undefined && CONCESSION.test(segment.text.slice(0, cue.start - segment.start))
}

/**
 * The tokens after a cue up to the end of its clause (a comma, a quote mark, a semicolon or the
 * sentence's end): `it doesn't appear it was random,` scopes over `appear random` only.
 */
function clauseAfter(cue: Fact, side: ClaimSide): Token[] {
  const segment = side.segments.find((s) => s.start <= cue.start && cue.end <= s.end)
  if (!segment) return []
  const rest = segment.text.slice(cue.start - segment.start)
  const stop = rest.slice(1).search(/[,;:"“”]/)
  const end = stop < 0 ? segment.end : cue.start + 1 + stop
  return side.tokens.filter((token) => token.start > cue.start && token.end <= end)
}

/** The words next to the cue, as a run, also appear as a run on the plain side. */
function plainSaysAround(cue: Fact, negated: ClaimSide, plain: ClaimSide): boolean {
  const segment = negated.segments.find((s) => s.start <= cue.start && cue.end <= s.end)
  if (!segment) return false
  const inSegment = negated.tokens.filter((token) => token.start >= segment.start && token.end <= segment.end)
  const after = inSegment.filter((token) => token.start >= cue.end).slice(0, SCOPE_WORDS)
  const around =
    after.length > 0 ? after : inSegment.filter((token) => token.end <= cue.start).slice(-SCOPE_WORDS)
  if (around.length < 2) return false
  const wanted = around.map((token) => token.stem).join(' ')
  const said = plain.tokens.map((token) => token.stem).join(' ')
  return ` ${said} `.includes(` ${wanted} `)
}
