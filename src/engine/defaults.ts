/**
 * The hand-set constants of the comparison, by name, each with its scale. The match model's
 * weights and probability cut are learned, not set here: see align/match-weights.generated.ts.
 */

/** Tunable constants of alignment. */
export const ALIGN_DEFAULTS = {
  /**
   * A document of one segment is compared with every segment of the others (not only the index's
   * candidates) when the comparison holds at most this many segments (bounds the extra pairs).
   */
  compareAllUpTo: 500,
  /** Longest segment, in UTF-16 characters, that counts as one statement (a long news sentence is ~400). */
  statementMaxChars: 1_000,
  /** Credit 0..1 for a WordNet synonym or derivation instead of the same stem. */
  synonymCredit: 0.75,
  /** Credit 0..1 for a token whose stem shares a 5-letter prefix with the other side's (`Syria`/`Syrian`). */
  prefixCredit: 0.6,
  /** Weight 0..1 of a term's rarity in the comparison itself, against its background rarity. */
  localIdfShare: 0.3,
  /** Background IDF prior: a term weighs 1 / (1 + scale × log2 of its everyday frequency); scale ≥ 0. */
  backgroundScale: 0,
  /** Weight multiplier for capitalised words and acronyms (below 1: a name alone is weak evidence of one claim). */
  nameBoost: 0.7,
  /** Candidate partners kept per segment from the inverted index, per other document. */
  candidatesPerSegment: 4,
  /** A candidate must share at least this share 0..1 of the segment's term weight through index keys. */
  minSharedWeight: 0.15,
  /** Index keys held by more segments than this are skipped for candidate generation (topical words). */
  maxPostingLength: 100,
} as const

/** Tunable constants of classification. */
export const CLASSIFY_DEFAULTS = {
  /** Two quotes are one quote worded differently when their content-stem Jaccard is at least this (0..1). */
  quoteOverlap: 0.3,
  /** A run of words only one side says becomes a detail when it holds at least this many content words. */
  detailMinContentWords: 2,
  /** A shorter run becomes a detail when it holds this many and the other side's wording skips straight over it. */
  insertionMinContentWords: 1,
  /** Only details of at least this many content words count toward a partial. */
  partialMinDetailWords: 2,
  /** A claim is partial when one detail holds at least this many content words (a clause of its own). */
  partialClauseWords: 5,
  /** A claim is partial when one side's details hold at least this share 0..1 of its content words. */
  partialDetailShare: 0.4,
  /** Segments longer than this many characters are not tagged: their details stay the runs of new words. */
  phraseMaxSegmentChars: 2_000,
  /** A negation flip or opposite wording counts only when the claim's alignment score is at least this (0..1). */
  negationMinOverlap: 0.6,
  /**
   * Days two outlets' publication days may lie apart when neither article is dated: their relative
   * days (`today`, `yesterday`, `two days ago`) within this many days of each other are not a conflict.
   */
  undatedPublicationSkewDays: 2,
  /**
   * A name conflict is a discrepancy only when its two sentences are copies but for the names:
   * at most this many content words of one sentence (the names left out) that the other lacks.
   * Names compared across loosely worded pairs were two names of one thing, a place and a place in
   * it, or two subjects in every judged case (33 of 33 wrong); a looser pair shows them as details.
   */
  nameMaxWordsApart: 1,
} as const

/** Limits that bound the engine's own cost; hitting one is reported as a shortcut. */
export const LIMITS = {
  /** Default wall-clock budget in ms when the caller gives none. */
  timeBudgetMs: 20_000,
  /** Word diffs longer than this many tokens per side are skipped. */
  diffMaxTokens: 3_000,
  /**
   * Facts kept per segment; a sentence holds a handful, so only unbroken megabyte lines reach it.
   * Classification compares the facts of a claim's sides pairwise, which a line with tens of
   * thousands of repeated names made take minutes.
   */
  factsPerSegment: 300,
  /**
   * Segments a comparison tags for its details' phrases. Tagging costs about a millisecond a
   * sentence, and a large cluster has thousands: past this many, details keep the words of their
   * runs (a shortcut says so). A few outlets' articles stay well within it.
   */
  phraseTaggedSegments: 200,
  /** diff-match-patch's Diff_Timeout in seconds: 0 means no timeout, so diffs are deterministic. */
  diffTimeoutSeconds: 0,
} as const
