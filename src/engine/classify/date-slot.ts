import type { Token } from '../normalize/tokenize.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * What a date dates, read from the words around it: the event, the statement about it (`police
 * said Saturday`), or the page itself (`posted on Friday, September 20`, a timestamp line). Each
 * outlet has its own statement and page times, so only event dates of one kind are rivals.
 */
export type DateRole = 'event' | 'statement' | 'stamp'

// A reporting verb right before the date dates the statement (`announced Friday`, `said here Friday`).
const STATEMENT_BEFORE =
  /\b(?:said|says|announced|told|reported|confirmed|stated|added)(?: here| on| late| early)?\s*$/
// A publishing verb before the date dates the page (`posted in Accidents on Friday`, `Last updated at`).
const STAMP_BEFORE = /\b(?:posted|published|updated|modified)\b[^.]*$/
// Words of a line that are no evidence of a sentence: datelines and timestamp lines hold little else.
const PLAIN_WORD = /^\p{Ll}{3,}$/u

// Hedges that let a clock time be off by up to `CLOCK_SLACK_MINUTES`.
const CLOCK_HEDGE =
  /\b(?:about|around|approximately|roughly|shortly after|just after|just past|shortly before|just before|some time after|after|before|near|nearly|almost)\s*$/
const CLOCK_SLACK_MINUTES = 45

/** The role of a date fact on its side. */
export function dateRole(side: ClaimSide, fact: Fact): DateRole {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return 'event'
  const before = segment.text.slice(0, fact.start - segment.start).toLowerCase()
  if (STAMP_BEFORE.test(before)) return 'stamp'
  const plain = segment.text.split(/[\s,:;()]+/).filter((word) => PLAIN_WORD.test(word))
  if (plain.length < 2) return 'stamp'
  return STATEMENT_BEFORE.test(before) ? 'statement' : 'event'
}

/**
 * True when two clock times fit once a hedge is read (`about 7 p.m.`/`7:01 p.m.`, `shortly after
 * 2 a.m.`/`just after 2:30 a.m.`): one of them hedged and the two within 45 minutes.
 */
export function clockTimesFit(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const minutesX = minutesOf(x.key)
  const minutesY = minutesOf(y.key)
  if (minutesX === null || minutesY === null) return false
  // `released by 6 a.m.` is a deadline: any earlier time fits it.
  if (isDeadline(a, x) && minutesY <= minutesX) return true
  if (isDeadline(b, y) && minutesX <= minutesY) return true
  if (!isClockHedged(a, x) && !isClockHedged(b, y)) return false
  return Math.abs(minutesX - minutesY) <= CLOCK_SLACK_MINUTES
}

/** Minutes since midnight of a time key (`T19:01`), else null. */
function minutesOf(key: string): number | null {
  const match = /^T(\d\d):(\d\d)/.exec(key)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** True when the words right before a time hedge it. */
function isClockHedged(side: ClaimSide, fact: Fact): boolean {
  return CLOCK_HEDGE.test(textBefore(side, fact).replace(/\bat\s*$/, ''))
}

/** True when the time is a deadline (`by 6 a.m.`). */
function isDeadline(side: ClaimSide, fact: Fact): boolean {
  return /\bby\s*$/.test(textBefore(side, fact))
}

/** The lower-cased text of the fact's segment before the fact. */
function textBefore(side: ClaimSide, fact: Fact): string {
  const segment = segmentOf(side, fact)
  return segment === undefined ? '' : segment.text.slice(0, fact.start - segment.start).toLowerCase()
}

/**
 * True when two stamp lines read the same once their dates are blanked: one page's dateline
 * with its date changed, not two outlets' own timestamps (`TNN Nov 12, 05.51AM`/`Sat Nov 12, 01:19`).
 */
export function sameStampLine(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const blanked = (side: ClaimSide, fact: Fact) => {
    const segment = segmentOf(side, fact)
    if (segment === undefined) return ''
    let text = segment.text
    const dates = side.facts
      .filter((other) => other.kind === 'date' && segment.start <= other.start && other.end <= segment.end)
      .sort((p, q) => q.start - p.start)
    for (const date of dates)
      text = `${text.slice(0, date.start - segment.start)}\u0000${text.slice(date.end - segment.start)}`
    return text.toLowerCase().replace(/\s+/g, ' ').trim()
  }
  return blanked(a, x) === blanked(b, y)
}

/**
 * The noun a date modifies when it stands between an article and that noun (`the March 11, 2005,
 * incident`, `The December 6 killing`, `last Friday's vote`): that date dates the noun's event,
 * whatever else the sentence dates.
 */
export function datedNoun(side: ClaimSide, fact: Fact): Token | undefined {
  const before = textBefore(side, fact)
  if (!/(?:^|\s)(?:the|a|an|this|last|that)\s*$/.test(before) && !/['’]s$/.test(fact.text)) return undefined
  const next = side.tokens.find((token) => token.start >= fact.end)
  if (next === undefined || !next.content || next.numeric || next.name) return undefined
  const segment = segmentOf(side, fact)
  const gap = segment?.text.slice(fact.end - segment.start, next.start - segment.start) ?? ''
  return /^(?:['’]s)?,?\s+$/.test(gap) ? next : undefined
}

// How many words before a date the verb it dates may stand (`is planned for Sunday evening`).
const DATED_VERB_REACH = 3

/**
 * The subject of the verb a date dates, when it is a plain noun right before that verb, auxiliaries
 * skipped: `vigil` of `a new candlelit vigil is planned for Sunday`, `demonstrations` of `more
 * demonstrations are planned for Monday`. Two outlets may date one verb for two subjects (a vigil
 * on one day, marches on another), and those are two moments. None for a name (`Jackson was
 * arrested on Sunday`: a subject two outlets may name two ways) or when no content word is there.
 */
export function datedSubject(side: ClaimSide, fact: Fact): Token | undefined {
  const segment = segmentOf(side, fact)
  if (segment === undefined) return undefined
  const before = side.tokens.filter((token) => token.start >= segment.start && token.end <= fact.start)
  const verbAt = before.findLastIndex((token) => token.content && !token.numeric && !token.name)
  if (verbAt < 0 || before.length - verbAt > DATED_VERB_REACH) return undefined
  const subject = before.slice(0, verbAt).findLast((token) => token.content)
  return subject !== undefined && !subject.name && !subject.numeric ? subject : undefined
}

/** What moment of a process a time marks: when it began, when a running count was read, or any other. */
export type TimePhase = 'start' | 'reading' | 'other'

// `as of 4 p.m.`, `as at noon`: the time a running count (turnout, a toll) was read.
const READING_BEFORE = /\bas (?:of|at)\s*$/
// A verb of beginning a few words before (`began to cast their ballots at 8:00 am`, `polls opened at`).
const START_BEFORE =
  /\b(?:began|begin|begins|beginning|started|start|starts|starting|opened|opens|opening|kicked off)\b(?:\s+\S+){0,4}\s+(?:at|on|from)\s*$/

/**
 * The phase a clock time marks, from the words right before it: turnout `as of 4:00 p.m.` and voters
 * who `began to cast their ballots at 8:00 am` time two moments of one vote, not one reported twice.
 */
export function timePhase(side: ClaimSide, fact: Fact): TimePhase {
  // Only a clock time: `the trial opened Monday`/`went on trial Monday` date one day.
  if (!/T\d\d:\d\d/.test(fact.key)) return 'other'
  const before = textBefore(side, fact).toLowerCase()
  if (READING_BEFORE.test(before)) return 'reading'
  return START_BEFORE.test(before) ? 'start' : 'other'
}
