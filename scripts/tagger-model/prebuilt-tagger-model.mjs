/**
 * compromise expands its tagger's lexicon every time it is imported: it unpacks a compressed word
 * list (efrt) and adds every inflection of every word (plurals, conjugations, comparatives). That
 * costs 150-250 ms of each cold start, in the browser's comparison worker before the demo can be
 * compared and in every CLI run, for a result that is the same each time. This module does the
 * expansion once, at build time, and hands bundlers a module that yields the same model object from
 * JSON: `JSON.parse` of ~0.8 MB takes a few milliseconds. The tests check that the prebuilt model is
 * deep-equal to the one compromise expands at import (tagger-model.test.ts).
 *
 * Plain JavaScript: the CLI's esbuild build imports it before anything is compiled.
 */
import { createRequire } from 'node:module'
import { join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The module of compromise that builds and expands the tagger's model (compromise is pinned to one version). */
export const TAGGER_MODEL_FILE = join(
  packageRoot('compromise'),
  'src',
  '2-two',
  'preTagger',
  'model',
  'index.js',
)

/** Where a package is installed (its `exports` hide package.json, so found from its entry file). */
function packageRoot(name) {
  const entry = createRequire(import.meta.url).resolve(name)
  const marker = `${sep}node_modules${sep}${name}${sep}`
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length - 1)
}

/**
 * The source of a module equivalent to TAGGER_MODEL_FILE: its default export, built from JSON.
 * What JSON cannot carry (the model's regular expressions, and keys whose value is undefined) is
 * left as null there, so every key keeps its place, and put back by a line of code at its path.
 */
export async function prebuiltTaggerModelSource() {
  const { default: model } = await import(pathToFileURL(TAGGER_MODEL_FILE).href)
  const json = JSON.stringify(model, (_key, value) =>
    value instanceof RegExp || value === undefined ? null : value,
  )
  return [
    "// Generated at build time by scripts/tagger-model/prebuilt-tagger-model.mjs from compromise's",
    '// tagger model, expanded once; see there.',
    `const model = JSON.parse(${JSON.stringify(json)})`,
    ...restorations(model),
    'export default model',
    '',
  ].join('\n')
}

/** One `model…[key] = …` line per value JSON cannot carry (a RegExp, or undefined), at its path. */
function restorations(model) {
  const lines = []
  const walk = (value, path) => {
    const target = () => `model${path.map((part) => `[${JSON.stringify(part)}]`).join('')}`
    if (value === undefined && path.length > 0) {
      lines.push(`${target()} = undefined`)
      return
    }
    if (value instanceof RegExp) {
      lines.push(`${target()} = new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`)
      return
    }
    if (value === null || typeof value !== 'object') return
    for (const [key, child] of Object.entries(value))
      walk(child, [...path, Array.isArray(value) ? Number(key) : key])
  }
  walk(model, [])
  return lines
}

/**
 * The prebuilt module's source, made once per process: a build runs several bundles (the CLI's
 * command and the dev server's worker, each rebuild), and each would serialise the 0.8 MB model again.
 */
let madeSource = null
const cachedSource = () => {
  madeSource ??= prebuiltTaggerModelSource()
  return madeSource
}

/** An esbuild plugin that serves the prebuilt module in place of compromise's tagger model. */
export function prebuiltTaggerModelEsbuild() {
  return {
    name: 'prebuilt-tagger-model',
    setup(build) {
      build.onLoad({ filter: /[\\/]preTagger[\\/]model[\\/]index\.js$/ }, async (args) => {
        if (args.path !== TAGGER_MODEL_FILE) return undefined
        return { contents: await cachedSource(), loader: 'js' }
      })
    },
  }
}

/**
 * The same for Vite's build of the comparison worker (rolldown's `load` hook). Not for Vitest:
 * the unit tests run compromise's own expansion, which tagger-model.test.ts compares with this.
 */
export function prebuiltTaggerModelVite() {
  return {
    name: 'prebuilt-tagger-model',
    enforce: 'pre',
    load(id) {
      if (id.replaceAll('\\', '/') !== TAGGER_MODEL_FILE.replaceAll('\\', '/')) return null
      return cachedSource()
    },
  }
}
