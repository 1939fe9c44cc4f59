import { expect, test } from '@playwright/test'
import { guardPage, saveScreenshot } from './network-guard.ts'

test('opens on the demo: both articles with their outlets, no errors, nothing leaves the origin', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Crosscheck', level: 1 })).toBeVisible()
  await expect(
    page.getByRole('article', { name: 'US and Russia fail to agree on Syria talks invite list' }),
  ).toBeVisible()
  await expect(
    page.getByRole('article', { name: 'Kerry, Lavrov meet to end impasse over Syria talks' }),
  ).toBeVisible()
  await expect(page.getByText('Al Jazeera', { exact: true }).first()).toBeVisible()
  await expect(page.getByText('CNN', { exact: true }).first()).toBeVisible()
  await expect(page.locator('[data-segment-id]').first()).toBeVisible()
  await saveScreenshot(page, testInfo, 'smoke-demo')
  guard.assertClean()
})
