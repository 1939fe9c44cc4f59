import type { ArticleInput } from '../engine/report-api.ts'

/** An article as an importer found it, before it joins a comparison and gets an id. */
export type ArticleDraft = Omit<ArticleInput, 'id'>

/** Why an import failed, so the UI can choose its words and keep what is already loaded. */
export type ImportFailure =
  | 'empty'
  | 'unsupported'
  | 'binary'
  | 'too-large'
  | 'no-text'
  | 'unreadable'
  | 'blocked'
  | 'http'

/** An import that failed, with one sentence a person can act on. */
export class ImportError extends Error {
  constructor(
    readonly reason: ImportFailure,
    message: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

/** The largest file Crosscheck opens (20 MB): past this, parsing would stall the page. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** The longest article text accepted (2 million characters, about 300,000 words). */
export const MAX_TEXT_CHARS = 2_000_000
