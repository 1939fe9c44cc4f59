/**
 * The engine's one public entry: an explicit export list, no `export *`.
 * Everything here is pure TypeScript and runs in Node and in a Web Worker.
 */

export { DEFAULT_MATCH_CUT } from './align/match-weights.generated.ts'
export { compareArticles } from './compare-articles.ts'
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
export { listQuotes, type QuoteMention } from './summary/list-quotes.ts'
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
export { stepQueue } from './summary/review-queues.ts'
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
