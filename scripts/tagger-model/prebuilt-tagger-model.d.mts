import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin as VitePlugin } from 'vite'

/** The module of compromise that builds and expands the tagger's model. */
export const TAGGER_MODEL_FILE: string
/** The source of a module equivalent to TAGGER_MODEL_FILE, its model built from JSON. */
export function prebuiltTaggerModelSource(): Promise<string>
/** An esbuild plugin that serves the prebuilt module in place of compromise's tagger model. */
export function prebuiltTaggerModelEsbuild(): EsbuildPlugin
/** The same for Vite's build of the comparison worker. */
export function prebuiltTaggerModelVite(): VitePlugin
