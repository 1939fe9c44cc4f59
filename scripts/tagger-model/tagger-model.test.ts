import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { prebuiltTaggerModelSource, TAGGER_MODEL_FILE } from './prebuilt-tagger-model.mjs'

// The bundles (CLI, comparison worker) get compromise's tagger model from JSON expanded at build
// time; Vitest imports compromise's own module, which expands it at import. Both must be the same
// model, or the app and the CLI would tag differently from the tests.
describe('the prebuilt tagger model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-tagger-model-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is deep-equal to the model compromise expands at import: regular expressions, undefined values and key order included', async () => {
    const file = join(dir, 'prebuilt.mjs')
    writeFileSync(file, await prebuiltTaggerModelSource())
    const { default: prebuilt } = await import(/* @vite-ignore */ pathToFileURL(file).href)
    const { default: expanded } = await import(/* @vite-ignore */ pathToFileURL(TAGGER_MODEL_FILE).href)
    expect(Object.keys(expanded.one.lexicon).length).toBeGreaterThan(20_000)
    expect(prebuilt.two.regexNumbers[0][0]).toBeInstanceOf(RegExp)
    expect(prebuilt).toStrictEqual(expanded)
    // toStrictEqual does not look at key order, which iteration over the model's tables follows.
    const inOrder = (model: unknown) =>
      JSON.stringify(model, (_key, value) =>
        value instanceof RegExp ? `regexp ${value}` : value === undefined ? 'undefined' : value,
      )
    expect(inOrder(prebuilt)).toBe(inOrder(expanded))
  }, 30_000)
})
