import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'

test('the summary lists counts, similarity, discrepancies, unique details and quotes; a matrix cell jumps to its passage', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  await page.getByRole('tab', { name: 'Summary' }).click()
  const panel = page.getByRole('tabpanel', { name: 'Summary' })
  await expect(panel.getByRole('table', { name: 'Segments per source, by status' })).toBeVisible()
  await expect(panel.getByRole('meter', { name: 'Similarity of Al Jazeera and CNN' })).toBeVisible()
  await expect(panel.getByRole('region', { name: 'Only CNN reports' })).toBeVisible()
  await expect(panel).toContainText('Quote check')
  await expect(panel).toContainText('Worded differently')
  await panel.getByRole('heading', { name: 'Quote check' }).scrollIntoViewIfNeeded()
  await saveScreenshot(page, testInfo, 'view-summary-quotes')
  await expectNoAxeViolations(page, 'the summary')

  const matrix = panel.getByRole('table', { name: 'Coverage of each claim by each source' })
  const cell = matrix.getByRole('button', { name: /^differ: CNN/ }).last()
  await cell.scrollIntoViewIfNeeded()
  await cell.click()
  const cnn = page.getByRole('article', { name: 'Kerry, Lavrov meet to end impasse over Syria talks' })
  const target = cnn.locator('[data-selected="true"]')
  await expect(target).toHaveCount(1)
  await expect(target).toHaveAttribute('data-status', 'discrepancy')
  await expect(target).toBeInViewport()
  await saveScreenshot(page, testInfo, 'view-summary-matrix-jump')
  guard.assertClean()
})
