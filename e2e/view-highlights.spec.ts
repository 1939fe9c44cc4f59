import { expect, test } from '@playwright/test'
import { comparisonJson, ferryFireReports } from './fixtures/ferry-fire-articles.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { shareFragment } from './support/hostile-content.ts'

test('a selected claim marks only the words that differ, not the sentence', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/${shareFragment(comparisonJson('Ferry fire', ferryFireReports.slice(0, 4)))}`)
  const coast = page.getByRole('article', { name: 'Passengers rescued after ferry fire' })
  await coast.getByRole('button', { name: /All 210 passengers/ }).click()
  const selected = coast.locator('[data-selected="true"]')
  await expect(selected.locator('mark[data-mark~="changed"]')).toHaveText(['210'])
  const harbour = page.getByRole('article', { name: 'Fire breaks out on ferry near Port Alder' })
  // The first article's sentence says 212, as two others do: nothing in it differs from every other.
  await expect(harbour.locator('[data-selected="true"] mark[data-mark~="changed"]')).toHaveCount(0)
  // A side without the negation is not underlined from end to end.
  const affirmed = harbour.getByRole('button', { name: /A fire broke out on the passenger ferry/ })
  await expect(affirmed.locator('mark[data-mark~="fact"]')).toHaveCount(0)
  await saveScreenshot(page, testInfo, 'view-highlights-words')
  guard.assertClean()
})

test('a claim and its one link show the same probability', async ({ page, baseURL }) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  await page
    .getByRole('button', { name: /The political process will begin, we hope, as soon as possible/ })
    .click()
  const details = page.getByRole('region', { name: 'Claim details' })
  const claim = await details.getByText(/^\d+ % likely the same claim$/).textContent()
  const evidence = details.getByRole('list', { name: 'Why these were matched' })
  await expect(evidence).toContainText(`Al Jazeera and CNN: ${claim}`)
  guard.assertClean()
})
