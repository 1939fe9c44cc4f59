/**
 * The engine's one public entry: an explicit export list, no `export *`.
 * Everything here is pure TypeScript and runs in Node and in a Web Worker.
 */
export { compareArticles } from './compare-articles.ts'
export { ALIGN_DEFAULTS } from './defaults.ts'
export { claimKey, type OverrideVerdict, type Overrides } from './overrides.ts'
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
  Report,
  ReportDocument,
  Segment,
  SegmentRole,
  Shortcut,
  TextSpan,
  WordDiff,
} from './types.ts'
