import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { loadSentencePool } from '../bench/sentence-pool.ts'
import { buildArticleSet } from '../bench/synthetic-articles.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { CLAIMED_PASSAGES } from './support/claimed-passages.ts'
import { highlightedAfterNavigation, timeHighlights } from './support/highlight-timing.ts'
import { expectArticleCount } from './support/hostile-workspace.ts'
import { addReviewedFiles, dispatchDrop, stageDrop, startEmpty } from './support/workspace-helpers.ts'

/**
 * The browser benchmark (`npm run bench:browser`, not part of `npm test`): how long the main thread
 * is ever blocked while ten 5,000-word articles are compared, and how soon the demo is highlighted.
 * It reports figures and the targets (no task over 50 ms; demo within 700 ms); it asserts only that
 * the runs completed, since time is a benchmark's finding, not a test's verdict.
 */

interface LongTask {
  start: number
  duration: number
}

declare global {
  interface Window {
    __longTasks: LongTask[]
  }
}

const results: Record<string, number | string> = {}

/** Page loads of the demo (the first one cold, with nothing cached); the median is reported. */
const DEMO_RUNS = 9

test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  await timeHighlights(page)
})

test('the demo is highlighted soon after navigation', async ({ page, baseURL }, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  const runs: number[] = []
  let longestBefore = 0
  for (let run = 0; run < DEMO_RUNS; run++) {
    const highlighted = await highlightedAfterNavigation(page, '/')
    runs.push(highlighted)
    // Every task from navigation to the highlight: decoding, the React commit, the columns' layout.
    const before = await page.evaluate(
      (until) => window.__longTasks.filter((task) => task.start < until),
      highlighted,
    )
    longestBefore = before.reduce((max, task) => Math.max(max, task.duration), longestBefore)
    await page.evaluate(() => indexedDB.deleteDatabase('crosscheck'))
  }
  runs.sort((a, b) => a - b)
  results.demoHighlightedMedianMs = Math.round(runs[Math.floor(DEMO_RUNS / 2)] ?? 0)
  results.demoHighlightedRunsMs = runs.map(Math.round).join(', ')
  results.demoLongestTaskBeforeMs = Math.round(longestBefore)
  await saveScreenshot(page, testInfo, 'bench-demo-highlighted')
  guard.assertClean()
})

test('ten 5,000-word articles of wire copy never block the main thread for long', async ({
  page,
  baseURL,
}, testInfo) => {
  const pool = loadSentencePool(
    fileURLToPath(new URL('../src/demo/articles/', import.meta.url)),
    fileURLToPath(new URL('../../shared/samples/', import.meta.url)),
  ).sentences
  const articles = buildArticleSet(pool, { count: 10, words: 5_000 }, 2016)
  const guard = guardPage(page, baseURL ?? '')
  await startEmpty(page)

  // The files are built in the page first, in a task of their own, so only the app's work is timed.
  await stageDrop(
    page,
    articles.map((article, index) => ({
      name: `article-${index + 1}.txt`,
      type: 'text/plain',
      base64: Buffer.from(article.text, 'utf8').toString('base64'),
    })),
  )
  const before = await page.evaluate(() => performance.now())
  await dispatchDrop(page)
  // The drop opens the review step; the comparison starts when its "Add all" is pressed.
  await addReviewedFiles(page)
  // As many articles as fit are shown side by side; the chooser counts all ten.
  await expectArticleCount(page, 10, 60_000)
  await expect(page.getByRole('status').filter({ hasText: 'Comparing…' })).toHaveCount(0, {
    timeout: 120_000,
  })
  // Any highlighted passage: on wire copy with edited figures the first screen may hold only discrepancies.
  await page.locator(CLAIMED_PASSAGES).first().waitFor()
  const after = await page.evaluate(() => performance.now())
  const tasks = await page.evaluate(
    (since) => window.__longTasks.filter((task) => task.start >= since),
    before,
  )
  const longest = tasks.reduce((max, task) => Math.max(max, task.duration), 0)
  results.tenArticlesHighlightedMs = Math.round(after - before)
  results.tenArticlesLongestTaskMs = Math.round(longest)
  results.tenArticlesTasksOver50Ms = tasks.filter((task) => task.duration > 50).length
  await saveScreenshot(page, testInfo, 'bench-ten-articles')
  guard.assertClean()
})

test.afterAll(() => {
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
  const longest = Number(results.tenArticlesLongestTaskMs ?? Number.NaN)
  const demo = Number(results.demoHighlightedMedianMs ?? Number.NaN)
  const demoTask = Number(results.demoLongestTaskBeforeMs ?? Number.NaN)
  const lines = [
    `demo highlighted after navigation: median ${demo} ms (runs ${results.demoHighlightedRunsMs}) — ${pass(demo < 700)} (< 700 ms)`,
    `demo: longest main-thread task before the highlight ${demoTask > 0 ? `${demoTask} ms` : 'none over 50 ms'} — ${pass(demoTask <= 50)} (no task over 50 ms)`,
    `wire copy 10 × 5,000 words: highlighted ${results.tenArticlesHighlightedMs} ms after the drop; longest main-thread task ${longest > 0 ? `${longest} ms` : 'none over 50 ms (the Long Tasks API reports only those)'}, ${results.tenArticlesTasksOver50Ms} over 50 ms — ${pass(longest <= 50)} (no task over 50 ms)`,
  ]
  for (const line of lines) console.log(line)
  mkdirSync('reports', { recursive: true })
  writeFileSync('reports/browser-bench.json', `${JSON.stringify(results, null, 2)}\n`)
})
