// jsdom ships no types and @types/jsdom is not installed: this declares the one constructor the
// CLI uses. Delete it if @types/jsdom is ever added.
declare module 'jsdom' {
  /** A jsdom instance; only its window is used. */
  export class JSDOM {
    constructor(html?: string)
    /** The window, with DOMParser and everything DOMPurify needs. */
    readonly window: Window & typeof globalThis
  }
}
