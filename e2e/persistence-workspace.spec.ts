import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { openWorkspace, pasteInto, reutersText, waitForSaved } from './support/workspace-helpers.ts'

async function pasteReuters(page: Page) {
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', { text: reutersText })
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await review.getByLabel('Outlet').fill('Reuters')
  await review.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.getByRole('article')).toHaveCount(3)
}

const reutersChip = (page: Page) => page.getByRole('listitem', { name: /^Reuters: Kerry and Lavrov/ })

test('a reload brings back the comparison as it was left, edits and order included', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await pasteReuters(page)
  await page
    .getByRole('button', {
      name: 'Move Reuters: Kerry and Lavrov fail to settle Syria talks guest list left',
    })
    .click()
  await page.getByRole('button', { name: /^Remove CNN/ }).click()
  await waitForSaved(page)

  await page.reload()
  await waitForSaved(page)
  const chips = page.getByRole('region', { name: 'Articles' }).getByRole('listitem')
  await expect(chips).toHaveCount(2)
  await expect(chips.nth(0)).toHaveAccessibleName(/^Al Jazeera:/)
  await expect(chips.nth(1)).toHaveAccessibleName(/^Reuters: Kerry and Lavrov/)
  await expect(page.getByRole('article')).toHaveCount(2)
  await saveScreenshot(page, testInfo, 'persistence-after-reload')
  guard.assertClean()
})

test('comparisons survive a browser restart', async ({ browser }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'))
  const launchOptions = testInfo.project.use.launchOptions ?? {}
  const baseURL = testInfo.project.use.baseURL ?? ''
  try {
    const first = await browser.browserType().launchPersistentContext(profile, { ...launchOptions, baseURL })
    const page = first.pages()[0] ?? (await first.newPage())
    const guard = guardPage(page, baseURL)
    await page.goto('/')
    await waitForSaved(page)
    await pasteReuters(page)
    await waitForSaved(page)
    guard.assertClean()
    await first.close()

    const second = await browser.browserType().launchPersistentContext(profile, { ...launchOptions, baseURL })
    const again = second.pages()[0] ?? (await second.newPage())
    const guardAgain = guardPage(again, baseURL)
    await again.goto('/')
    await waitForSaved(again)
    await expect(reutersChip(again)).toBeVisible()
    await expect(again.getByRole('article')).toHaveCount(3)
    guardAgain.assertClean()
    await second.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the saved list opens, renames, duplicates and deletes with undo; the demo can always be reopened', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await pasteReuters(page)
  await waitForSaved(page)

  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  const list = page.getByRole('dialog', { name: 'Saved comparisons' })
  await list.getByRole('button', { name: 'Rename Demo: Syria talks, 20 January 2016' }).click()
  await list
    .getByLabel('New name for Demo: Syria talks, 20 January 2016')
    .fill('Zurich meeting, three outlets')
  await list.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByText('Zurich meeting, three outlets').first()).toBeVisible()

  await list.getByRole('button', { name: 'Duplicate Zurich meeting, three outlets' }).click()
  await expect(page.getByRole('banner').getByText('Zurich meeting, three outlets (copy)')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(3)

  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  await list.getByRole('button', { name: 'Open the demo' }).click()
  await expect(page.getByRole('article')).toHaveCount(2)
  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await saveScreenshot(page, testInfo, 'persistence-saved-list')
  await expectNoAxeViolations(page, 'saved comparisons list')

  await list.getByRole('button', { name: 'Delete Zurich meeting, three outlets (copy)' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByRole('status')).toHaveText(/Deleted “Zurich meeting, three outlets \(copy\)”/)
  await list.getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await list.getByRole('button', { name: /^Zurich meeting, three outlets \(copy\)/ }).click()
  await expect(reutersChip(page)).toBeVisible()

  await page.reload()
  await waitForSaved(page)
  await expect(page.getByRole('banner').getByText('Zurich meeting, three outlets (copy)')).toBeVisible()
  guard.assertClean()
})

test('when storage is full, the editor is told and nothing on screen is lost', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  // From now on every write fails the way a full disk makes IndexedDB fail.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await pasteReuters(page)
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' })
  await expect(alert).toHaveText(
    /Not saved: the browser’s storage for this site is full\. Your work is still open here/,
  )
  await expect(reutersChip(page)).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(3)
  await saveScreenshot(page, testInfo, 'persistence-quota-error')
  guard.assertClean()
})

test('two tabs on one comparison: a change in one shows in the other instead of being overwritten', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  const other = await context.newPage()
  const otherGuard = await openWorkspace(other, baseURL)
  await expect(other.getByRole('article')).toHaveCount(2)

  await pasteReuters(page)
  await waitForSaved(page)
  await expect(other.getByRole('article')).toHaveCount(3)
  await expect(reutersChip(other)).toBeVisible()
  await expect(other.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible()

  // The tab that took the change saves on top of it, with no copy: it knew that version.
  await other.getByRole('button', { name: /^Remove CNN/ }).click()
  await waitForSaved(other)
  await expect(page.getByRole('article')).toHaveCount(2)
  await expect(reutersChip(page)).toBeVisible()
  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  await expect(page.getByRole('dialog').getByText(/\(copy\)/)).toHaveCount(0)
  await saveScreenshot(other, testInfo, 'persistence-two-tabs')
  guard.assertClean()
  otherGuard.assertClean()
})

test('a save over a version another tab stored meanwhile keeps both: this tab’s edits become a copy', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  // Another tab (one whose announcement never arrived) stores a version without CNN, straight
  // into the app's IndexedDB, as that tab's own save would.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('crosscheck')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const store = db.transaction('comparisons', 'readwrite').objectStore('comparisons')
    const all = await new Promise<{ openedAt: number; updatedAt: number; articles: unknown[] }[]>(
      (resolve) => {
        const request = store.getAll()
        request.onsuccess = () => resolve(request.result)
      },
    )
    const open = all.reduce((a, b) => (a.openedAt >= b.openedAt ? a : b))
    store.put({ ...open, articles: open.articles.slice(0, 1), updatedAt: open.updatedAt + 1 })
    db.close()
  })

  await page.getByRole('slider', { name: 'Match threshold' }).fill('0.6')
  await expect(page.getByRole('alert')).toContainText(
    'This comparison was also changed in another tab. Your edits here are kept as “Demo: Syria talks, 20 January 2016 (copy)”',
  )
  await waitForSaved(page)
  await expect(page.getByRole('slider', { name: 'Match threshold' })).toHaveValue('0.6')
  await expect(page.getByRole('article')).toHaveCount(2)
  await saveScreenshot(page, testInfo, 'persistence-two-tabs-conflict')

  // The other tab's version is still there under the original name.
  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  const list = page.getByRole('dialog', { name: 'Saved comparisons' })
  await expect(
    list.getByRole('listitem', { name: 'Demo: Syria talks, 20 January 2016 (copy)' }),
  ).toBeVisible()
  await list
    .getByRole('listitem', { name: 'Demo: Syria talks, 20 January 2016', exact: true })
    .getByRole('button', { name: /1 article ·/ })
    .click()
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1)
  guard.assertClean()
})
