import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { CLAIMED_PASSAGES } from './support/claimed-passages.ts'

test('filters, search and the threshold change what shows; nothing hides silently', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const segments = page.locator('[data-segment-id]')
  await expect(segments.first()).toBeVisible()
  const total = await segments.count()

  await page.getByText('Discrepancies', { exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Discrepancies' })).toBeChecked()
  const statuses = await segments.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-status')),
  )
  expect(statuses.length).toBeGreaterThan(0)
  expect(new Set(statuses)).toEqual(new Set(['discrepancy']))
  await expect(page.getByText(/segments hidden by the filters/).first()).toBeVisible()
  await saveScreenshot(page, testInfo, 'view-filter-discrepancies')

  await page.getByText('All', { exact: true }).click()
  await expect(segments).toHaveCount(total)
  await page.getByRole('searchbox', { name: 'Search' }).fill('Madaya')
  await expect(segments).toHaveCount(2)
  await expect(page.locator('mark[data-mark~="hit"]')).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await expect(segments).toHaveCount(total)

  const claimed = () => page.locator(CLAIMED_PASSAGES)
  const before = await claimed().count()
  await page.getByRole('slider', { name: 'Match threshold' }).fill('0.9')
  await expect(page.getByRole('slider', { name: 'Match threshold' })).toHaveValue('0.9')
  await expect.poll(() => claimed().count()).toBeLessThan(before)
  guard.assertClean()
})

test('the theme switch turns the page dark, and the dark views pass axe', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  await expect(page.locator('[data-segment-id]').first()).toBeVisible()
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page
    .getByRole('article')
    .first()
    .getByRole('button', { name: /The political process will begin/ })
    .click()
  await expect(page.getByRole('region', { name: 'Claim details' })).toContainText('Quote worded differently')
  await saveScreenshot(page, testInfo, 'view-dark-details')
  await expectNoAxeViolations(page, 'the split view, dark theme')
  await page.getByRole('tab', { name: 'Summary' }).click()
  await saveScreenshot(page, testInfo, 'view-dark-summary')
  await expectNoAxeViolations(page, 'the summary, dark theme')
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  guard.assertClean()
})
