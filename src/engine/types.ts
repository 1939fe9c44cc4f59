/**
 * The engine's domain values. The `Report` shape (version 1) is an outside contract: the CLI,
 * batch mode and the app's export all emit it. Fields may be added; none may be renamed or dropped.
 */
import type { MatchModel } from './align/match-model.ts'

/** One article as the caller hands it to the engine. Only `id` and `text` are required. */
export interface ArticleInput {
  /** Stable identifier, unique within one comparison (a file's base name in the CLI). */
  id: string
  /** The article text that every offset in the report indexes (UTF-16). */
  text: string
  /** Headline or title, when known. */
  title?: string
  /** Outlet name ("CNN"), when known. */
  source?: string | null
  /** Publication date as an ISO date (`2016-01-20`); resolves relative dates like "next week". */
  published?: string | null
  /** Where the article came from, when known. */
  url?: string | null
}

/** Options that tune one comparison; every default lives in `defaults.ts`. */
export interface CompareOptions {
  /**
   * Match sensitivity: the probability cut 0..1. Segments join a claim when their mean probability
   * of reporting the same claim reaches it; the default is the cut learned with the model.
   */
  threshold?: number
  /** Wall-clock budget in milliseconds; past it the engine takes documented shortcuts. */
  timeBudgetMs?: number
  /** Called between pipeline stages with the fraction done (0..1) and the stage's name. */
  onProgress?: (fraction: number, stage: string) => void
  /** Source of the current time in ms; injected so tests of the time budget are deterministic. */
  now?: () => number
  /** The pair model to align with; the shipped weights by default. Training and cross-validation pass their own. */
  model?: MatchModel
}

/** A document as the report describes it. */
export interface ReportDocument {
  /** The article's id. */
  id: string
  /** The title given, else the first headline found, else the id. */
  title: string
  /** Outlet name, or null when unknown. */
  source: string | null
  /** The text every offset indexes. */
  text: string
  /** Publication date (ISO), when given. Extension to version 1. */
  published?: string | null
  /** Source URL, when given. Extension to version 1. */
  url?: string | null
}

/** What a segment is for the comparison: only headline and body segments are compared. */
export type SegmentRole = 'headline' | 'body' | 'boilerplate' | 'duplicate'

/** A contiguous span of one document: a sentence, a clause, or a piece of page furniture. */
export interface Segment {
  /** Report-unique id, `<doc>:<n>` with n counting from 0 in text order. */
  id: string
  /** The id of the document the segment belongs to. */
  doc: string
  /** UTF-16 offset of the first character. */
  start: number
  /** UTF-16 offset one past the last character; `text === documents[doc].text.slice(start, end)`. */
  end: number
  /** The segment's text, exactly as in the document. */
  text: string
  /** Headline, body, page furniture (boilerplate) or a repeat of another segment (duplicate). */
  role: SegmentRole
  /** Why a segment is boilerplate or duplicate, in words ("video widget", "related link"). Extension. */
  reason?: string
}

/** The claim-level verdict. */
export type ClaimStatus = 'agreement' | 'partial' | 'discrepancy'

/** The kind of fact on which the sources of a claim differ. */
export type DifferenceKind = 'number' | 'date' | 'name' | 'quote' | 'negation' | 'attribution' | 'other'

/** A place in a document where a difference or detail sits. Extension to version 1. */
export interface TextSpan {
  /** The document id. */
  doc: string
  /** UTF-16 offset into the document text. */
  start: number
  /** UTF-16 end offset (exclusive). */
  end: number
}

/** One typed difference between the sources of a claim. */
export interface Difference {
  /** What kind of fact differs. */
  kind: DifferenceKind
  /** Document id → that document's value ("400,000"; "not given" when it has none). */
  values: Record<string, string>
  /** One sentence saying why the flag was raised, for people. Extension. */
  explanation?: string
  /** Where each value sits in its document, for highlighting. Extension. */
  spans?: TextSpan[]
  /**
   * Numbers only: true when the documents were published at different times and the count grows
   * with time (`at least five` in the morning, `24` the next day): an update, not a contradiction.
   * Extension.
   */
  update?: boolean
  /** With `update`: each document's publication time (ISO), oldest first. Extension. */
  times?: Record<string, string>
}

/** A piece of information that one side of a claim adds and the others lack. */
export interface Detail {
  /** The document that carries the detail. */
  doc: string
  /** UTF-16 offset into that document's text. */
  start: number
  /** UTF-16 end offset (exclusive). */
  end: number
  /** The detail's text, `documents[doc].text.slice(start, end)`. */
  text: string
  /** The segment the detail sits in. Extension. */
  segment?: string
  /**
   * How many of the detail's content words no other side says; the detail's other words are the
   * phrase around them, there so that it reads as a phrase. Extension.
   */
  newWords?: number
  /** Where those new words lie: the runs of them inside the detail, in text order. Extension. */
  added?: { start: number; end: number }[]
}

/** One operation of a word diff: -1 deleted from `from`, 0 shared, 1 inserted in `to`. */
export type DiffOp = [-1 | 0 | 1, string]

/** A word-level diff between two segments of the same claim. Extension. */
export interface WordDiff {
  /** Segment id of the left side. */
  from: string
  /** Segment id of the right side. */
  to: string
  /** diff-match-patch operations in word mode. */
  ops: DiffOp[]
}

/** A set of segments from at least two documents that report the same thing. */
export interface Claim {
  /** Report-unique id, `c<n>`. */
  id: string
  /** Segment ids, in document order of the input, then text order. */
  segments: string[]
  /**
   * Those of `segments` that also make another claim, or were grouped into none and match this one
   * as a whole: a sentence that asserts several things (a lede) takes part in each claim it makes,
   * so one segment may sit in several claims. Its own claim is the one that does not list it here.
   * Extension; absent when there are none.
   */
  attachedSegments?: string[]
  /** agreement, partial (one side adds details) or discrepancy (a typed difference). */
  status: ClaimStatus
  /**
   * Alignment confidence 0..1: the mean probability, from the match model, that two of its
   * segments from different documents report the same claim.
   */
  score: number
  /** Typed differences; non-empty exactly when status is discrepancy. */
  differences: Difference[]
  /** Details one side adds; non-empty for partial claims. */
  details: Detail[]
  /** Word diffs between the first segment of the first document and each other segment. Extension. */
  diffs?: WordDiff[]
  /**
   * Why the segments were joined: the scored links that connect them (a spanning tree, strongest
   * first), each with its probability and evidence. Extension; reports of earlier builds lack it.
   */
  links?: ClaimLink[]
}

/** Why two segments of a claim were linked: the match model's probability and its evidence. Extension. */
export interface ClaimLink {
  /** Segment id of one side. */
  from: string
  /** Segment id of the other side (another document). */
  to: string
  /** Probability 0..1, from the match model, that the two segments report the same claim. */
  probability: number
  /** Content words aligned between the two, as written on each side. */
  words: WordMatch[]
  /** Names both segments give, as written in `from`. */
  names: string[]
  /** Numbers both segments write. */
  numbers: string[]
  /** The features that weighed most in the probability, strongest first. */
  reasons: LinkReason[]
  /** The evidence in one line, for people (`both say Kerry, Lavrov, Wednesday; 'met' ≈ 'talks'`). */
  summary: string
}

/** One aligned pair of words of a link. */
export interface WordMatch {
  /** The word in the `from` segment. */
  from: string
  /** The word in the `to` segment. */
  to: string
  /** The same word (stem), a WordNet synonym or derivation, or a shared prefix (`Syria`/`Syrian`). */
  kind: 'same' | 'synonym' | 'prefix'
}

/** One aspect's part in a link's probability (shared words, wording, names, numbers, …). */
export interface LinkReason {
  /**
   * The aspect's main feature, whose value `text` describes (`coverMin`, `namesShared`, … in
   * `src/engine/align/pair-features.ts`).
   */
  feature: string
  /** Every feature of the aspect that moved the log-odds, main one included. Extension. */
  features?: string[]
  /** The aspect's part in the log-odds: positive pushes toward "same claim", negative away from it. */
  logOdds: number
  /** What the main feature says about this pair, in plain words. */
  text: string
}

/** How a shortcut changed the result, so the view can say the result is approximate. Extension. */
export interface Shortcut {
  /** Which limit was hit ("timeBudget", "candidatesPerSegment", ...). */
  limit: string
  /** What the engine did instead, in words. */
  detail: string
}

/** The engine's output, version 1. */
export interface Report {
  /** Format version; bumps only when a field changes meaning. */
  version: 1
  /** Batch mode: the request's id, echoed. */
  id?: string
  /** Every input document, in input order. */
  documents: ReportDocument[]
  /** Every segment of every document, documents in input order, segments in text order. */
  segments: Segment[]
  /** Claims shared by at least two documents. */
  claims: Claim[]
  /** Ids of headline and body segments that belong to no claim. */
  unique: string[]
  /** Present and non-empty when the engine took a shortcut; the result is then approximate. Extension. */
  shortcuts?: Shortcut[]
  /**
   * Every direct quote in headline and body segments, documents in input order, segments in text
   * order, as the engine's fact extraction found them (what classification compared). Extension:
   * reports of earlier builds lack it, and `listQuotes` then finds the quotes again.
   */
  quotes?: QuoteMention[]
  /**
   * What each outlet says, slot by slot: one row per fact slot the articles report (killed,
   * injured, magnitude, time, place, who announced …), one cell per document that gives it.
   * Extension: reports of earlier builds lack it.
   */
  factTable?: FactTable
}

/** The fact table: rows of fact slots, in a fixed order (counts first, then time, place, source). */
export type FactTable = FactTableRow[]

/** One fact slot across the documents. */
export interface FactTableRow {
  /** The slot in words: `killed`, `injured`, `magnitude`, `time`, `place`, `who announced` … */
  label: string
  /** The kind of fact the slot holds. */
  kind: FactKind
  /** One cell per document that gives the slot, documents in input order. */
  cells: FactTableCell[]
  /** True when two documents give values that cannot both hold (hedges read as bounds). */
  conflict?: boolean
  /** True when the values differ but grow with publication time: an update, not a conflict. */
  update?: boolean
}

/** One document's value for a slot. */
export interface FactTableCell {
  /** The document id. */
  doc: string
  /** The value as written (`24`, `five`, `6.1`, `Tuesday`, `Aceh`). */
  value: string
  /** The segment the value sits in, to jump to its sentence. */
  segment: string
  /** The hedge written before the value (`at least`, `about`), when there is one. */
  hedge?: string
  /**
   * The degree word of its slot (`badly` damaged, `seriously` injured), when there is one: values
   * of different degrees count different things and never conflict.
   */
  degree?: string
  /** With an update: the document's publication time (ISO). */
  published?: string
}

/** A direct quote found in a segment, with its speaker when the text names one. */
export interface QuoteMention {
  /** The segment the quote sits in. */
  segment: string
  /** The quote as written, quote marks included. */
  text: string
  /** The speaker's canonical key ("lavrov", "john kirby"), pronouns resolved within the article. */
  speaker?: string
}

/** The kinds of fact the engine extracts from a segment. */
export type FactKind = 'number' | 'date' | 'name' | 'quote' | 'negation' | 'attribution'

/** A typed value found in one segment's text; internal to the engine, exported for tests. */
export interface Fact {
  /** What kind of value this is. */
  kind: FactKind
  /**
   * Canonical value used for comparison, so that equivalent forms compare equal:
   * `400000`, `2016-01-25`, `weekday:3`, `un` for U.N./UN/United Nations, a quote's normalised words.
   */
  key: string
  /** The value as written in the text. */
  text: string
  /** Offset of the first character, relative to the start of the text that was analysed. */
  start: number
  /** Offset one past the last character, relative to the same text. */
  end: number
  /** Numbers: the counted thing or unit, stemmed ("syrian", "american", "month", "percent"). */
  unit?: string
  /** Quotes and attributions: the canonical key of the speaker or source, when stated (on attributions it equals `key`). */
  speaker?: string
  /** Names, and the source of quotes and attributions: every key it can be matched by (full form, surname, acronym). */
  aliases?: string[]
  /** Names: true for a nationality adjective or plural (`Russian` → `russia`): a hint, not a named party. */
  demonym?: boolean
  /** Names: true when the name is recognisably a person's (after a title or role, or with a particle). */
  person?: boolean
}

/** What fact extraction may know about the article a segment comes from. */
export interface FactContext {
  /** The article's publication date (ISO), to resolve "Monday" or "next week"; null when unknown. */
  published?: string | null
}
