import { detectOutlet } from './detect-outlet.ts'
import { detectPublished } from './detect-published.ts'
import { findTitle } from './find-title.ts'

/** What an imported article says about itself, as far as its text, file name and address tell. */
export interface DetectedMetadata {
  /** The headline: the first real headline line, never a timestamp; null when none reads like one. */
  title: string | null
  /** The outlet's display name ("CNN"); null when nothing names one. */
  source: string | null
  /** The publication date as an ISO date (`2016-01-20`); null when no full date is written. */
  published: string | null
}

/** Clues to an article's metadata; only the text is required. */
export interface MetadataClues {
  /** The article's text as imported. */
  text: string
  /** The name of the file it came from. */
  fileName?: string | null
  /** The address it came from. */
  url?: string | null
}

/**
 * Reads title, outlet and publication date from an article's text, file name and URL, for importers
 * to prefill what the person did not give (the app's review step, the CLI's `compare`).
 */
export function detectMetadata(clues: MetadataClues): DetectedMetadata {
  return {
    title: findTitle(clues.text) ?? null,
    source: detectOutlet(clues)?.name ?? null,
    published: detectPublished(clues),
  }
}
