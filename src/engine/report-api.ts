/**
 * The engine's read side: what the page needs to show, filter, summarise and export a report, as
 * an explicit export list. The comparison itself (`compareArticles`, in `index.ts`) runs in the
 * worker; page code imports this entry instead, so it never loads the pipeline and its tagger (on
 * the dev server, where nothing is tree-shaken, that was 111 engine modules and compromise's
 * start-up on the page's main thread; through this entry, 52 modules). Everything here is pure
 * TypeScript and runs in Node, in a Web Worker and on the page.
 */

export { DEFAULT_MATCH_CUT } from './align/match-weights.generated.ts'
export { ALIGN_DEFAULTS } from './defaults.ts'
export { applyOverrides, claimKey, findOverride, type Overrides, type OverrideVerdict } from './overrides.ts'
export { formatReportMarkdown } from './report-markdown.ts'
export { findDateline } from './segment/find-dateline.ts'
export { matchFurniture } from './segment/furniture-rules.ts'
export type { CoverageCell } from './summary/coverage-matrix.ts'
export { describeDifference, documentName, restatesKind } from './summary/describe-difference.ts'
export type { DocumentCounts } from './summary/document-counts.ts'
export { buildFactTable, factCellText, factRowNote } from './summary/fact-table.ts'
export { filterSegments, linkedSegments, type StatusFilter } from './summary/filter-segments.ts'
export { formatProbability } from './summary/format-probability.ts'
export { type LinkPair, linkPairs } from './summary/link-pairs.ts'
export type { QuoteCheckRow } from './summary/quote-check.ts'
export {
  claimSegmentsIn,
  documentsReporting,
  type OtherClaim,
  otherClaimsOf,
  type ReportIndex,
  type SegmentStatus,
} from './summary/report-index.ts'
export { type Review, reviewReport } from './summary/review.ts'
export { queueStopOf, stepQueue } from './summary/review-queues.ts'
export { segmentPieces } from './summary/segment-pieces.ts'
export type { TextPiece } from './summary/text-marks.ts'
export type {
  ArticleInput,
  Claim,
  ClaimStatus,
  CompareOptions,
  Detail,
  Difference,
  DifferenceKind,
  DiffOp,
  Fact,
  FactContext,
  FactKind,
  FactTable,
  FactTableCell,
  FactTableRow,
  Report,
  ReportDocument,
  Segment,
  SegmentRole,
  Shortcut,
  TextSpan,
  WordDiff,
} from './types.ts'
