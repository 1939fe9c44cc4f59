import type { Fact } from '../types.ts'
import { isCapitalised, stemWord, type Word } from './words.ts'

// Negating words → their canonical negator.
const NEGATORS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    not: 'not',
    cannot: 'not',
    never: 'never',
    no: 'no',
    none: 'no',
    nothing: 'no',
    nobody: 'no',
    neither: 'neither',
    nor: 'nor',
    // Contractions typed without the apostrophe.
    dont: 'not',
    doesnt: 'not',
    didnt: 'not',
    cant: 'not',
    wont: 'not',
    isnt: 'not',
    wasnt: 'not',
    arent: 'not',
    werent: 'not',
    without: 'without',
    // `unless repealed` says `if not repealed` in words.
    unless: 'unless',
    deny: 'deny',
    denies: 'deny',
    denied: 'deny',
    denying: 'deny',
  }),
)

// Verbs that negate the verb after `to`: `failed to find`, `refused to attend`.
const FAILING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    fail: 'fail',
    fails: 'fail',
    failed: 'fail',
    failing: 'fail',
    refuse: 'refuse',
    refuses: 'refuse',
    refused: 'refuse',
    refusing: 'refuse',
    // `declined to comment` says `did not comment` in words; `failure to determine`, `did not determine`.
    decline: 'decline',
    declines: 'decline',
    declined: 'decline',
    declining: 'decline',
    failure: 'fail',
  }),
)

// Words between a negator and the word it negates that carry no meaning of their own.
const FILLER = new Set(
  (
    'be been being is are was were am have has had do does did yet even also ever always really to so ' +
    'a an the any all some much many more that this these those its their his her our your my'
  ).split(' '),
)

// Pseudo-negations (NegEx, Chapman et al. 2001): a cue before these words negates no statement.
// `not only X` and `nothing but X` affirm X; `isn't until March 9` dates it; `not surprisingly`
// comments on it.
const PSEUDO_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['only', 'until', 'till', 'surprisingly', 'unexpectedly', 'unsurprisingly'])],
  ['no', new Set(['doubt'])],
  ['nothing', new Set(['but'])],
])

function negatorOf(word: Word, next: Word | undefined): string | null {
  const lower = word.lower
  const contracted = lower.endsWith("n't") || lower.endsWith('n’t')
  if (PSEUDO_AFTER.get(contracted ? 'not' : lower)?.has(next?.lower ?? '')) return null
  if (contracted) return 'not'
  // `a no-confidence vote`, `non-binding`: a negating prefix says `no confidence` in one word.
  if (/^(?:no|non)-\p{L}/u.test(lower)) return 'non'
  const failing = FAILING.get(lower)
  if (failing !== undefined) return next?.lower === 'to' ? failing : null
  return NEGATORS.get(lower) ?? null
}

/**
 * Negations with the word they negate, stemmed (`did not make` → `not:make`, `failed to find` →
 * `fail:find`), so a classifier can tell a flipped statement from a rephrased one.
 */
export function extractNegationFacts(text: string, words: readonly Word[]): Fact[] {
  const facts: Fact[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const negator = negatorOf(word, words[i + 1])
    if (negator === null) continue
    // `No. 1` is an abbreviation of number.
    if (word.text === 'No' && text[word.end] === '.') continue
    // A capitalised negator inside a sentence is part of a name (`the Do Not Call list`).
    if (
      i > 0 &&
      isCapitalised(word.text) &&
      !/[.!?:"“'‘]\s*$/.test(text.slice(Math.max(0, word.start - 3), word.start))
    )
      continue
    let j = i + 1
    let target: Word | undefined
    for (; j < words.length && j <= i + 4; j++) {
      const candidate = words[j] as Word
      if (/[^\s]/.test(text.slice((words[j - 1] as Word).end, candidate.start))) break
      if (FILLER.has(candidate.lower)) continue
      if (NEGATORS.get(candidate.lower) !== undefined) break
      target = candidate
      break
    }
    const end = target?.end ?? word.end
    const key = target === undefined ? negator : `${negator}:${stemWord(target.lower)}`
    facts.push({ kind: 'negation', key, text: text.slice(word.start, end), start: word.start, end })
  }
  return facts
}
