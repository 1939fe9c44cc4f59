#!/usr/bin/env node
// Prints one plain `N passed, N failed` line per runner and a total, read from their JSON reports,
// so CI (and a person) sees the real test count at the very end of the output.
import { existsSync, readFileSync } from 'node:fs'

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const lines = []
let passed = 0
let failed = 0
let skipped = 0

const vitest = readJson('reports/vitest.json')
if (vitest) {
  const v = {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  }
  lines.push(`unit: ${v.passed} passed, ${v.failed} failed, ${v.skipped} skipped`)
  passed += v.passed
  failed += v.failed
  skipped += v.skipped
}
const playwright = readJson('reports/playwright.json')
if (playwright) {
  const { expected, unexpected, flaky, skipped: pwSkipped } = playwright.stats
  lines.push(`browser: ${expected + flaky} passed, ${unexpected} failed, ${pwSkipped} skipped`)
  passed += expected + flaky
  failed += unexpected
  skipped += pwSkipped
}
for (const line of lines) console.log(line)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
