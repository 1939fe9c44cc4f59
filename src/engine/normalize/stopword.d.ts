/** Types for stopword, which ships none: stopword lists per ISO 639-3 language code. */
declare module 'stopword' {
  /** English stopwords, lower case. */
  export const eng: string[]
}
