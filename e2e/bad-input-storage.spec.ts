import { expect, type Page, test } from '@playwright/test'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { shareFragment } from './support/hostile-content.ts'
import { addPastedArticle } from './support/hostile-workspace.ts'
import { openWorkspace, reutersText, waitForSaved } from './support/workspace-helpers.ts'

/**
 * Broken comparisons (hand-edited JSON, damaged share links), storage that is missing or full, a
 * crashed tab and a crashed worker: each says what happened and keeps the work.
 */

const article = (id: string, text = 'Kerry met Lavrov in Zurich on Wednesday.') => ({ id, text })
const valid = { format: 'crosscheck-comparison', version: 1, name: 'Hand edited', threshold: 0.42 }

/** Hand-edited or damaged JSON files and the reason the import must give for each. */
const brokenJson: [string, string, string][] = [
  ['not JSON', '{"format": "crosscheck-comparison", "articles": [', 'the file is not JSON'],
  ['deeply nested', '['.repeat(200_000), 'the file is not JSON'],
  [
    'another format',
    JSON.stringify({ format: 'something-else', articles: [] }),
    'this is not a Crosscheck comparison',
  ],
  ['a list', '[]', 'this is not a Crosscheck comparison'],
  [
    'a newer version',
    JSON.stringify({ ...valid, version: 2, articles: [] }),
    'it was saved by a newer Crosscheck (format version 2)',
  ],
  ['no articles', JSON.stringify({ ...valid }), 'it has no list of articles'],
  [
    'an article without text',
    JSON.stringify({ ...valid, articles: [{ id: 'a' }] }),
    'article 1 has no id or no text',
  ],
  [
    'two articles with one id',
    JSON.stringify({ ...valid, articles: [article('a'), article('a')] }),
    'two of its articles have the same id',
  ],
  [
    'a sensitivity of 7',
    JSON.stringify({ ...valid, threshold: 7, articles: [article('a')] }),
    'its match sensitivity is not a number between 0 and 1',
  ],
  [
    'an unknown verdict',
    JSON.stringify({ ...valid, articles: [article('a')], overrides: { c1: 'maybe' } }),
    'it has an unknown verdict "maybe"',
  ],
  [
    'an outlet that is a number',
    JSON.stringify({ ...valid, articles: [{ ...article('a'), source: 7 }] }),
    'article 1 has a source that is not text',
  ],
]

async function importJson(page: Page, name: string, json: string) {
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export or import' })
  await dialog.getByLabel('Comparison JSON file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  })
  return dialog
}

test('a corrupted or hand-edited JSON import is refused with its reason; the open comparison stays', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  for (const [what, json, reason] of brokenJson) {
    const dialog = await importJson(page, 'edited.json', json)
    await expect(dialog.getByRole('alert'), what).toContainText(
      `edited.json could not be imported: ${reason}`,
    )
    if (what === 'an unknown verdict') await saveScreenshot(page, testInfo, 'bad-input-json')
    await dialog.getByRole('button', { name: 'Close' }).click()
  }
  await expect(page.getByText('Demo: Syria talks, 20 January 2016')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(2)
  guard.assertClean()
})

test('a hand-edited JSON with lone surrogates and control characters opens and compares', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  const strange = {
    ...valid,
    articles: [
      {
        id: 'a',
        title: 'Broken \ud800 title',
        text: `\ud800Kerry met Lavrov\u0000 in Zurich.\udfff\n\n${reutersText}`,
      },
      { id: 'b', title: 'Plain', text: reutersText },
    ],
  }
  await importJson(page, 'strange.json', JSON.stringify(strange))
  await expect(page.getByText('Hand edited', { exact: true })).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(2)
  await expect(page.locator('[data-status="agreement"]').first()).toBeVisible()
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'bad-input-storage-1')
  guard.assertClean()
})

test('a damaged or cut-short share link says so and opens the last comparison instead', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  const good = shareFragment(JSON.stringify({ ...valid, articles: [article('a'), article('b')] }))
  const cases: [string, string][] = [
    ['#share=@@not-base64@@', 'The shared link could not be opened: the link is damaged or cut short'],
    [
      good.slice(0, Math.floor(good.length / 2)),
      'The shared link could not be opened: the link is damaged or cut short',
    ],
    [shareFragment('{"articles": 5}'), 'The shared link could not be opened: it has no list of articles'],
  ]
  for (const [fragment, message] of cases) {
    await page.goto('about:blank')
    await page.goto(`/${fragment}`)
    await expect(page.getByRole('alert').filter({ hasText: 'The shared link' })).toContainText(message)
    await expect(page.getByRole('article')).toHaveCount(2)
    await expect(page.getByText('Demo: Syria talks, 20 January 2016')).toBeVisible()
    expect(page.url()).not.toContain('share=')
  }
  await saveScreenshot(page, testInfo, 'bad-input-storage-2')
  guard.assertClean()
})

test('without IndexedDB the app says nothing is saved, and still works', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await page.goto('/')
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveText(
    'Not saved: This browser offers no IndexedDB storage. Your work is still open here; export it as JSON to keep a copy.',
  )
  await addPastedArticle(page, reutersText, 'Kept in memory')
  await expect(page.getByRole('article')).toHaveCount(3)
  await expect(page.locator('[data-status="agreement"]').first()).toBeVisible()
  await saveScreenshot(page, testInfo, 'bad-input-no-indexeddb')
  guard.assertClean()
})

test('when storage is full the app says so, keeps the work, and saves once there is room', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // Full until the test makes room; the flag outlives a reload of the tab.
      if (sessionStorage.getItem('storage-freed') !== 'yes') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return put.apply(this, args)
    }
  })
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' })
  await expect(alert).toContainText('Not saved: the browser’s storage for this site is full.')
  await addPastedArticle(page, reutersText, 'Added while full')
  await expect(page.getByRole('article')).toHaveCount(3)
  await saveScreenshot(page, testInfo, 'bad-input-storage-full')
  await page.evaluate(() => sessionStorage.setItem('storage-freed', 'yes'))
  await alert.getByRole('button', { name: 'Try again' }).click()
  await waitForSaved(page)
  await page.reload()
  await waitForSaved(page)
  await expect(page.getByRole('article', { name: 'Added while full' })).toBeVisible()
  guard.assertClean()
})

// A real renderer crash (CDP Page.crash) takes the whole headless browser down on this machine, so
// the tab is closed without its unload handlers instead: once "Saved in this browser" shows, the
// work is in IndexedDB and no later failure of the tab can lose it.
test('work survives a reload and a closed tab: the last comparison reopens with every article', async ({
  page,
  baseURL,
  context,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await addPastedArticle(page, reutersText, 'Before the crash')
  await waitForSaved(page)
  await page.reload()
  await waitForSaved(page)
  await expect(page.getByRole('article', { name: 'Before the crash' })).toBeVisible()
  await saveScreenshot(page, testInfo, 'bad-input-storage-3')
  guard.assertClean()
  await page.close({ runBeforeUnload: false })
  const reopened = await context.newPage()
  const reopenedGuard = guardPage(reopened, baseURL ?? '')
  await reopened.goto('/')
  await waitForSaved(reopened)
  await expect(reopened.getByRole('article', { name: 'Before the crash' })).toBeVisible()
  await expect(reopened.getByRole('article')).toHaveCount(3)
  reopenedGuard.assertClean()
})

// Fixed in 35937bc: unsaved edits are rescued into sessionStorage on pagehide.
test('an edit made just before closing the page is saved on the way out', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await addPastedArticle(page, reutersText, 'Just added')
  await page.reload()
  await waitForSaved(page)
  await expect(page.getByRole('article', { name: 'Just added' })).toBeVisible()
  await saveScreenshot(page, testInfo, 'bad-input-storage-4')
  guard.assertClean()
})

test('a worker that dies mid-run is replaced, the app says so, and the comparison still arrives', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await expect(page.locator('[data-status="agreement"]').first()).toBeVisible()
  const crashed = page.workers()
  expect(crashed, 'the comparison worker').toHaveLength(1)
  // The next request kills the worker from inside, as an out-of-memory abort would.
  await crashed[0]?.evaluate(() =>
    Object.assign(self, {
      onmessage: () => {
        throw new Error('simulated worker crash')
      },
    }),
  )
  await addPastedArticle(page, reutersText, 'During the crash')
  await expect(
    page.getByRole('alert').filter({ hasText: 'The comparison worker stopped unexpectedly' }),
  ).toContainText('Your articles are untouched')
  // Every article is still in the bar, and the run is retried once on the fresh worker.
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3)
  const column = page.getByRole('article', { name: 'During the crash' })
  await expect(column.locator('[data-status]').first()).toBeVisible({ timeout: 15_000 })
  await expect.poll(() => page.workers().some((worker) => !crashed.includes(worker))).toBe(true)
  await expect(page.getByRole('article')).toHaveCount(3)
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'bad-input-worker-crash')
  guard.assertClean({ ignoreConsole: /simulated worker crash/ })
})
