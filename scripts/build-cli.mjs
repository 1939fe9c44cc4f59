/**
 * Bundles the CLI into dist-cli/ (run by `npm install`'s prepare step and before the unit tests):
 * `main.mjs`, the command-line entry that bin/crosscheck.mjs imports, and `batch-worker.mjs`, the
 * file `crosscheck batch` starts its worker threads from. One bundle per entry, so a run reads
 * two files instead of resolving and transpiling some two hundred TypeScript modules at start-up.
 * jsdom and DOMPurify stay outside: the CLI imports them only when it reads an HTML file.
 * Plain JavaScript, so it runs in a fresh clone before anything else is built.
 */
import { build } from 'esbuild'
import { prebuiltTaggerModelEsbuild } from './tagger-model/prebuilt-tagger-model.mjs'

/** Builds both bundles; returns the milliseconds it took. */
export async function buildCli() {
  const started = performance.now()
  const shared = {
    outdir: 'dist-cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom', 'dompurify', 'piscina'],
    // Bundled CommonJS dependencies (diff-match-patch, chrono-node's parts) call require(): give the
    // ES module output a real one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // ES modules first, so that unused exports are shaken out (stopword's CommonJS build carries the
    // lists of 60 languages; its ES build lets the bundle keep the English one).
    mainFields: ['module', 'main'],
    legalComments: 'linked',
    logLevel: 'warning',
  }
  await Promise.all([
    // A command starts with compromise's tagger model expanded at build time (ADR 0024).
    build({ ...shared, entryPoints: { main: 'src/cli/main.ts' }, plugins: [prebuiltTaggerModelEsbuild()] }),
    // A batch worker expands it itself, once: with the prebuilt model, the workers' peak RSS over
    // 20,000 requests rose from 350-360 MB to 420-430 MB (the heap after a full collection is the
    // same; the collector lets it grow further between collections).
    build({ ...shared, entryPoints: { 'batch-worker': 'src/cli/batch-worker.ts' } }),
  ])
  return performance.now() - started
}

/** Vitest's global setup: builds the bundles and returns nothing (a returned value would be a teardown). */
export async function setup() {
  await buildCli()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = await buildCli()
  if (!process.argv.includes('--quiet')) console.log(`built dist-cli/ in ${ms.toFixed(0)} ms`)
}
