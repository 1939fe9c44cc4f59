/**
 * The engine's readers that importing an article uses on its text before any comparison: the day
 * a timestamp line gives. An entry of its own, apart from the read side (`report-api.ts`), since
 * the date reader brings the fact extractor's date modules and chrono-node, which the page loads
 * only with the import code that asks for them (a lazy chunk), never with its first screen.
 */
export { writtenDay } from './facts/written-day.ts'
