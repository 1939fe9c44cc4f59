import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords, splitSentences } from './split-sentences.ts'

/** Sentences shorter or longer than this (in words) are page furniture or run-ons; left out. */
const MIN_WORDS = 6
const MAX_WORDS = 60

/**
 * Real sentences to build bench articles from: the embedded demo articles plus any `*.txt` in the
 * shared samples folder, when it exists. Identical files are read once.
 */
export function loadSentencePool(
  demoDir: string,
  samplesDir: string,
): { sentences: string[]; files: string[] } {
  const files = new Map<string, string>()
  for (const dir of [demoDir, samplesDir]) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, name), 'utf8')
      if (![...files.values()].includes(text)) files.set(join(dir, name), text)
    }
  }
  const sentences = new Set<string>()
  for (const text of files.values()) {
    for (const sentence of splitSentences(text)) {
      const words = countWords(sentence)
      if (words >= MIN_WORDS && words <= MAX_WORDS) sentences.add(sentence.replace(/^[•\-*]\s*/, ''))
    }
  }
  return { sentences: [...sentences], files: [...files.keys()] }
}
