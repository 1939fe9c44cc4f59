import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'

test('the demo opens already compared, every segment highlighted by status, with a legend', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const columns = page.getByRole('article')
  await expect(columns).toHaveCount(2)
  await expect(page.locator('[data-status="agreement"]').first()).toBeVisible()
  await expect(page.locator('[data-status="discrepancy"]').first()).toBeVisible()
  await expect(page.locator('[data-status="unique"]').first()).toBeVisible()
  await expect(page.locator('[data-status="boilerplate"]').first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Discrepancy')
  await expect(page.getByRole('list', { name: 'Counts for CNN' })).toContainText(/\d+ discrepanc(y|ies)/)
  await saveScreenshot(page, testInfo, 'view-opens-light')
  await expectNoAxeViolations(page, 'the split view, light theme')
  guard.assertClean()
})
