// Type declarations for the two untyped text packages the fact extractors use. Move to a shared
// `src/engine/vendor.d.ts` when a second part of the engine imports them.

declare module 'wink-porter2-stemmer' {
  /** Porter2 (Snowball English) stem of one lowercase word. */
  const stem: (word: string) => string
  export default stem
}

declare module 'stopword' {
  /** The English stopword list. */
  export const eng: readonly string[]
}
