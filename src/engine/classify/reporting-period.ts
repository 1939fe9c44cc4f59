import { memoByText } from '../normalize/memo-by-text.ts'
import type { Fact } from '../types.ts'
import { type ClaimSide, segmentOf } from './claim-side.ts'

/**
 * The reporting period a company's figure belongs to, as its sentence names it: a quarter by its
 * rank (`in the first quarter`, `2003's second fiscal quarter`, `Q3`) or the same quarter a year
 * before (`the year-ago quarter`, `compared with the same quarter last year`). Results are
 * reported quarter by quarter and set against the year before, so two outlets' figures of two
 * periods are two occasions (FLAGS-GUIDE), not one figure given two ways.
 */

/** A quarter named by its rank. */
const RANKED_QUARTER =
  /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:fiscal[-\s])?quarter|q([1-4]))\b/iu

/** The quarter or period a year before the one reported. */
const YEAR_AGO_PERIOD =
  /\b(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year)\s+(?:quarter|period)\b|\bsame\s+(?:quarter|period)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+last\s+year|(?:of\s+)?the\s+previous\s+year)\b|\bquarter\s+a\s+year\s+(?:earlier|ago|before)\b/iu

/** Ranks of a quarter, by the word or digit its name gives. */
const QUARTER_RANK: Readonly<Record<string, string>> = {
  first: '1',
  '1st': '1',
  second: '2',
  '2nd': '2',
  third: '3',
  '3rd': '3',
  fourth: '4',
  '4th': '4',
}

/** A sentence's reporting period: the ranked quarter it names, and whether it speaks of the year before. */
interface ReportingPeriod {
  quarter?: string
  yearAgo: boolean
}

/** The period a sentence names, remembered by text: every pair of a claim's numbers asks again. */
const periodOfText = memoByText((text): ReportingPeriod => {
  const ranked = RANKED_QUARTER.exec(text)
  const rank = ranked?.[2] ?? QUARTER_RANK[ranked?.[1]?.toLowerCase() ?? '']
  const period: ReportingPeriod = { yearAgo: YEAR_AGO_PERIOD.test(text) }
  if (rank !== undefined) period.quarter = rank
  return period
})

/**
 * True when two numbers' sentences name two reporting periods: two ranked quarters, or the year
 * before on one side only. A sentence that names no period is left to the other slot rules.
 */
export function figuresOfTwoPeriods(a: ClaimSide, x: Fact, b: ClaimSide, y: Fact): boolean {
  const first = segmentOf(a, x)
  const second = segmentOf(b, y)
  if (first === undefined || second === undefined) return false
  const one = periodOfText(first.text)
  const other = periodOfText(second.text)
  if (one.yearAgo !== other.yearAgo) return true
  return one.quarter !== undefined && other.quarter !== undefined && one.quarter !== other.quarter
}
