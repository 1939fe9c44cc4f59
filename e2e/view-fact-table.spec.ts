import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { addReviewedFiles, dropFiles, startEmpty } from './support/workspace-helpers.ts'

/** Three short invented reports of one earthquake, each with its own toll. */
const quake = ['north-coast-daily.txt', 'harbour-wire.txt', 'valley-herald.txt'].map((name) => ({
  name,
  type: 'text/plain',
  base64: readFileSync(new URL(`./fixtures/quake/${name}`, import.meta.url)).toString('base64'),
}))

test('the summary opens on the fact table: the death toll is one row with every outlet, and a cell jumps to its sentence', async ({
  page,
  baseURL,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const guard = guardPage(page, baseURL ?? '')
  await startEmpty(page)
  await dropFiles(page, quake)
  await addReviewedFiles(page)
  await expect(page.getByRole('article')).toHaveCount(3)

  await page.getByRole('tab', { name: 'Summary' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Summary' })
  const headings = panel.getByRole('heading', { level: 3 })
  await expect(headings.first()).toHaveText('What each outlet says')
  const table = panel.getByRole('table', { name: "Each outlet's value for each fact" })
  await expect(table).toBeVisible()
  const killed = table.getByRole('row', { name: /^killed/ })
  await expect(killed.getByRole('button')).toHaveCount(3)
  await expect(killed).toContainText('at least five')
  await expect(killed).toContainText('24')
  await expect(killed).toContainText('Three')
  await expect(killed).toContainText('differs')
  await saveScreenshot(page, testInfo, 'view-fact-table')
  await expectNoAxeViolations(page, 'the fact table')

  await killed.getByRole('button', { name: /killed: Three in/ }).click()
  // The cell's sentence is selected (with the rest of its claim, when it shares one).
  const target = page.locator('[data-selected="true"]').filter({ hasText: 'Three' })
  await expect(target.first()).toBeInViewport()
  guard.assertClean()
})
