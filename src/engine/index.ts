/**
 * The engine's public entry for whatever compares (the worker, the CLI, scripts and tests): the
 * read side, whose explicit export list is `report-api.ts`, `compareArticles`, and `listQuotes`
 * (which extracts facts again for a report of an earlier build, so it stays with the pipeline).
 * Page code imports `report-api.ts` alone (a lint rule says so), so it never loads the pipeline.
 * Everything here is pure TypeScript and runs in Node and in a Web Worker.
 */

export { compareArticles } from './compare-articles.ts'
export * from './report-api.ts'
export { listQuotes, type QuoteMention } from './summary/list-quotes.ts'
