#!/usr/bin/env node
// Prints the gzipped size of what the built page loads before its first render (the scripts and
// module preloads index.html names), of the comparison worker, and of every lazily loaded chunk;
// fails the build when the initial JavaScript exceeds the budget.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 200
const dist = 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1])
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024
const assets = readdirSync(join(dist, 'assets'))
  .filter((name) => /\.m?js$/.test(name))
  .map((name) => `assets/${name}`)

const row = (label, file) =>
  console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${label.padEnd(9)} ${file}`)
console.log('JavaScript, gzipped (level 9):')
for (const file of initial) row('initial', file)
for (const file of assets.filter((name) => name.includes('compare.worker'))) row('worker', file)
for (const file of assets.filter((name) => !initial.includes(name) && !name.includes('compare.worker')))
  row('lazy', file)

const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0)
const workerKb = assets
  .filter((name) => name.includes('compare.worker'))
  .reduce((sum, file) => sum + gzipKb(file), 0)
console.log(
  `initial JavaScript: ${initialKb.toFixed(1)} KB of ${BUDGET_KB} KB budget; comparison worker (starts after the first render): ${workerKb.toFixed(1)} KB`,
)
if (initialKb > BUDGET_KB) {
  console.error(`bundle budget: initial JavaScript ${initialKb.toFixed(1)} KB exceeds ${BUDGET_KB} KB`)
  process.exit(1)
}
