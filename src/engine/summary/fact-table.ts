import { valueOfNumber } from '../facts/number-value.ts'
import type { Fact, FactTable, FactTableCell, FactTableRow, Report, Segment } from '../types.ts'

/**
 * The fact slots a news report commonly gives, each recognised by the words around a number
 * (its unit and the few words on either side, in its own sentence). Order is the table's order.
 */
const NUMBER_SLOTS: readonly { label: string; words: RegExp; count?: boolean }[] = [
  {
    label: 'killed',
    count: true,
    words: /\b(?:kill\w*|dead|deaths?|died|dies|dying|death toll|toll|fatalit\w*|lives)\b/,
  },
  { label: 'injured', count: true, words: /\b(?:injur\w*|wounded|hurt|hospitali[sz]ed)\b/ },
  { label: 'missing', count: true, words: /\bmissing\b/ },
  { label: 'magnitude', words: /\bmagnitude\b|\brichter\b/ },
  { label: 'depth', words: /\bdepth\b|\bdeep\b/ },
  {
    label: 'houses damaged',
    words:
      /\b(?:houses?|homes?|buildings?)\b[^.]{0,40}\b(?:damag\w*|destroy\w*|collaps\w*|flatten\w*)|\b(?:damag\w*|destroy\w*|collaps\w*|flatten\w*)\b[^.]{0,30}\b(?:houses?|homes?|buildings?)\b/,
  },
  { label: 'displaced', count: true, words: /\b(?:displac\w*|evacuat\w*|homeless|shelters?|sheltering)\b/ },
  { label: 'arrested', count: true, words: /\b(?:arrest\w*|detain\w*|captur\w*|apprehend\w*)\b/ },
]

// Words around a number that say it is not exact, as written before it.
const HEDGE_BEFORE =
  /\b(at least|more than|over|up to|about|around|nearly|almost|some|approximately|roughly|as many as|fewer than|less than)\s+$/i

// A number written joined to a word by a hyphen (`6.1-magnitude`): the number, then the word.
const JOINED_WORD = /^([\d.,]+)-\p{L}+$/u

// How far around a number its slot words may stand, in characters of its sentence.
const SLOT_REACH = 40

// A word of degree in or just before a slot's words, which makes another slot of it: 35 houses
// `badly damaged` are some of the 60 `damaged`, and the `seriously injured` some of the injured.
const DEGREE =
  /\b(badly|severely|seriously|critically|heavily|partially|partly|completely|totally|fully|slightly|lightly|moderately)\b/

// How far before a slot's words a degree word may stand (`badly` in `were badly damaged`), in characters.
const DEGREE_REACH = 16

/**
 * Builds the fact table of a report: one row per fact slot that at least one document gives
 * (killed, injured, missing, magnitude, depth, houses damaged, displaced, arrested, time, place,
 * who announced), one cell per document that gives it, with its value and its sentence. A row
 * whose documents give different values is marked `conflict`, unless the values fit once hedges
 * are read; a count (not a measure) that grows with publication time is marked `update`.
 */
export function buildFactTable(report: Report, factsOf: (segment: Segment) => readonly Fact[]): FactTable {
  const compared = report.segments.filter((segment) => segment.role === 'headline' || segment.role === 'body')
  const rows: FactTableRow[] = []
  const slotted = slottedNumbers(factsOf)
  for (const slot of NUMBER_SLOTS) {
    const cells = firstPerDocument(compared, (segment) =>
      slotted(segment).flatMap((number) => (number.label === slot.label ? [number.cell] : [])),
    )
    if (cells.length > 0)
      rows.push(markRow({ label: slot.label, kind: 'number', cells }, report, slot.count === true))
  }
  const time = firstPerDocument(compared, (segment) =>
    factsOf(segment)
      .filter((fact) => fact.kind === 'date')
      .map((fact) => ({ doc: segment.doc, value: fact.text, segment: segment.id })),
  )
  if (time.length > 0) rows.push({ label: 'time', kind: 'date', cells: time })
  const place = firstPerDocument(compared, (segment) =>
    factsOf(segment)
      .filter(
        (fact) => fact.kind === 'name' && !fact.person && !fact.demonym && isPlaceMention(segment, fact),
      )
      .map((fact) => ({ doc: segment.doc, value: fact.text, segment: segment.id })),
  )
  if (place.length > 0) rows.push({ label: 'place', kind: 'name', cells: place })
  const source = firstPerDocument(compared, (segment) =>
    factsOf(segment)
      .filter((fact) => fact.kind === 'attribution')
      .map((fact) => ({ doc: segment.doc, value: fact.text, segment: segment.id })),
  )
  if (source.length > 0) rows.push({ label: 'who announced', kind: 'attribution', cells: source })
  return rows
}

/**
 * A segment's numbers with the slot each fills and its cell, read once per segment however many
 * slot rows ask (nine rows each read every number's nearest slot before).
 */
function slottedNumbers(
  factsOf: (segment: Segment) => readonly Fact[],
): (segment: Segment) => { label: string; cell: FactTableCell }[] {
  const known = new Map<Segment, { label: string; cell: FactTableCell }[]>()
  return (segment) => {
    let numbers = known.get(segment)
    if (numbers === undefined) {
      numbers = factsOf(segment).flatMap((fact) => {
        if (fact.kind !== 'number' || fact.key.startsWith('ordinal:')) return []
        const found = nearestSlot(segment, fact)
        return found === undefined
          ? []
          : [{ label: found.label, cell: numberCell(segment, fact, found.degree) }]
      })
      known.set(segment, numbers)
    }
    return numbers
  }
}

/** One cell per document: the first value its segments give, in text order. */
function firstPerDocument(
  segments: readonly Segment[],
  cellsOf: (segment: Segment) => FactTableCell[],
): FactTableCell[] {
  const cells = new Map<string, FactTableCell>()
  for (const segment of segments) {
    if (cells.has(segment.doc)) continue
    const [first] = cellsOf(segment)
    if (first !== undefined) cells.set(segment.doc, first)
  }
  return [...cells.values()]
}

/**
 * The slot whose words stand nearest a number in its sentence (`five people were killed and
 * dozens injured`: `five` is killed), within a few words either side, and the degree word before
 * that slot word (`badly` damaged) when there is one; none when no slot word is near.
 */
function nearestSlot(segment: Segment, fact: Fact): { label: string; degree?: string } | undefined {
  const at = fact.start - segment.start
  const after = segment.text
    .slice(at, Math.min(segment.text.length, fact.end - segment.start + SLOT_REACH))
    .toLowerCase()
  const before = segment.text.slice(Math.max(0, at - SLOT_REACH), at).toLowerCase()
  let best: { label: string; distance: number; words: string } | undefined
  for (const slot of NUMBER_SLOTS) {
    const ahead = slot.words.exec(after)
    const behind = lastMatch(before, slot.words)
    const aheadDistance = ahead === null ? Number.POSITIVE_INFINITY : ahead.index
    const behindDistance = behind === null ? Number.POSITIVE_INFINITY : before.length - behind.end
    const distance = Math.min(aheadDistance, behindDistance)
    if (distance === Number.POSITIVE_INFINITY || (best !== undefined && distance >= best.distance)) continue
    // The slot's words and the few characters before them, where a degree word would stand.
    const [text, start, end] =
      ahead !== null && aheadDistance <= behindDistance
        ? [after, ahead.index, ahead.index + ahead[0].length]
        : [before, behind?.start ?? 0, behind?.end ?? 0]
    best = { label: slot.label, distance, words: text.slice(Math.max(0, start - DEGREE_REACH), end) }
  }
  if (best === undefined) return undefined
  const degree = DEGREE.exec(best.words)?.[1]
  return degree === undefined ? { label: best.label } : { label: best.label, degree }
}

/** Each slot pattern's global twin, compiled once: this runs for every number of every segment. */
const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>()

/** Where the last match of a pattern in a text starts and ends, or null. */
function lastMatch(text: string, pattern: RegExp): { start: number; end: number } | null {
  let global = GLOBAL_PATTERNS.get(pattern)
  if (global === undefined) {
    global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)
    GLOBAL_PATTERNS.set(pattern, global)
  }
  let last: { start: number; end: number } | null = null
  for (const match of text.matchAll(global))
    last = { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }
  return last
}

/** A number's cell, with its hedge when the text hedges it (`at least`, `about`) and its slot's degree (`badly`). */
function numberCell(segment: Segment, fact: Fact, degree: string | undefined): FactTableCell {
  const before = segment.text.slice(0, fact.start - segment.start)
  const hedge = HEDGE_BEFORE.exec(before)?.[1]?.toLowerCase()
  // A number joined to its word (`6.1-magnitude`, `10-km`) is given as the number: the row says what it counts.
  const value = JOINED_WORD.exec(fact.text)?.[1] ?? fact.text
  const cell: FactTableCell = { doc: segment.doc, value, segment: segment.id }
  if (hedge !== undefined) cell.hedge = hedge
  if (degree !== undefined) cell.degree = degree
  return cell
}

/** True when a name follows a preposition of place (`in Aceh`, `near Banda Aceh`, `off Somalia`). */
function isPlaceMention(segment: Segment, fact: Fact): boolean {
  return /\b(?:in|near|off|across|at)\s+(?:the\s+)?$/i.test(segment.text.slice(0, fact.start - segment.start))
}

/**
 * Marks a number row: `conflict` when two documents give values that cannot both hold (a
 * lower bound `at least 5` allows any larger value), `update` when every document has a
 * publication time and the count grows with it.
 */
function markRow(row: FactTableRow, report: Report, count: boolean): FactTableRow {
  const values = row.cells.map((cell) => ({ cell, value: valueOfNumber(cell.value) }))
  const known = values.filter(
    (entry): entry is { cell: FactTableCell; value: number } => entry.value !== null,
  )
  // Values of two degrees (`damaged`, `badly damaged`) count two things: neither contradicts the other.
  const fits = (x: { cell: FactTableCell; value: number }, y: { cell: FactTableCell; value: number }) =>
    x.cell.degree !== y.cell.degree ||
    x.value === y.value ||
    (isLowerBound(x.cell) && y.value >= x.value) ||
    (isLowerBound(y.cell) && x.value >= y.value)
  const conflict = known.some((x) => known.some((y) => !fits(x, y)))
  if (!conflict) return row
  const published = new Map(report.documents.map((doc) => [doc.id, doc.published ?? null]))
  const timed = known.map((entry) => ({ ...entry, time: published.get(entry.cell.doc) ?? null }))
  // Only counts grow by update: a magnitude or a depth is corrected, not updated.
  if (count && timed.every((entry) => entry.time !== null)) {
    const ordered = [...timed].sort((x, y) => ((x.time as string) < (y.time as string) ? -1 : 1))
    const grows = ordered.every((entry, at) => at === 0 || entry.value >= (ordered[at - 1]?.value ?? 0))
    const first = ordered[0]
    const last = ordered[ordered.length - 1]
    if (grows && first && last && first.time !== last.time && last.value > first.value) {
      for (const entry of ordered) entry.cell.published = entry.time as string
      return { ...row, update: true }
    }
  }
  return { ...row, conflict: true }
}

/** True when the cell's hedge makes its value a lower bound. */
function isLowerBound(cell: FactTableCell): boolean {
  return (
    cell.hedge === 'at least' ||
    cell.hedge === 'more than' ||
    cell.hedge === 'over' ||
    cell.hedge === 'as many as'
  )
}

/** A cell's value as a reader says it: the hedge, the value, then its degree (`at least five`, `35 (badly)`). */
export function factCellText(cell: FactTableCell): string {
  const value = cell.hedge === undefined ? cell.value : `${cell.hedge} ${cell.value}`
  return cell.degree === undefined ? value : `${value} (${cell.degree})`
}

/** What a row's mark means in words: `conflicting values`, `updated over time`, or nothing. */
export function factRowNote(row: FactTableRow): string {
  if (row.update) return 'updated over time'
  return row.conflict ? 'conflicting values' : ''
}
