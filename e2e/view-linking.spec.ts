import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'

/** Opens the demo; returns both columns and CNN's Kerry sentence, which starts out of view. */
async function openDemoOnKerry(page: Page) {
  await page.goto('/')
  const aljazeera = page.getByRole('article', {
    name: 'US and Russia fail to agree on Syria talks invite list',
  })
  const cnn = page.getByRole('article', { name: 'Kerry, Lavrov meet to end impasse over Syria talks' })
  const cnnKerry = cnn.getByRole('button', { name: /Kerry urged Russia to use its influence with Assad/ })
  await expect(cnnKerry).not.toBeInViewport()
  return { aljazeera, cnnKerry }
}

test('clicking the Al Jazeera sentence on Kerry urging Russia selects the matching CNN sentence and scrolls it into view', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  const { aljazeera, cnnKerry } = await openDemoOnKerry(page)

  await aljazeera
    .getByRole('button', { name: /Kerry called for Russia to use its influence with Assad/ })
    .click()
  await expect(cnnKerry).toHaveAttribute('data-selected', 'true')
  await expect(cnnKerry).toBeInViewport()
  // Every sentence of the claim is selected: the two that match, and any restatement one outlet adds.
  const selected = page.locator('[data-selected="true"]')
  expect(await selected.count()).toBeGreaterThanOrEqual(2)
  const details = page.getByRole('region', { name: 'Claim details' })
  await expect(details).toContainText('likely the same claim')
  await saveScreenshot(page, testInfo, 'view-linking-kerry')
  // Why the two were matched: the link's probability, its evidence line, and what weighed most.
  const evidence = details.getByRole('list', { name: 'Why these were matched' })
  await expect(evidence).toContainText(/Al Jazeera and CNN: \d+ % likely the same claim/)
  await expect(evidence).toContainText(/both say .*Kerry/)
  await evidence.getByText('What weighed most').first().click()
  await expect(evidence.getByRole('listitem').filter({ hasText: /^[+−]/ }).first()).toBeVisible()
  await evidence.scrollIntoViewIfNeeded()
  await saveScreenshot(page, testInfo, 'view-linking-evidence')
  await expectNoAxeViolations(page, 'a selected claim')
  guard.assertClean()
})

test('the details panel explains the Lavrov quote worded differently, and a review override shows and undoes', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const aljazeera = page.getByRole('article', {
    name: 'US and Russia fail to agree on Syria talks invite list',
  })
  await aljazeera
    .getByRole('button', { name: /The political process will begin, we hope, as soon as possible/ })
    .click()
  const details = page.getByRole('region', { name: 'Claim details' })
  await expect(details).toContainText('Quote worded differently')
  await expect(details).toContainText('in the nearest future, during January')
  await expect(details).toContainText('as soon as possible, at the end of January')
  await expect(details.locator('mark[data-mark~="changed"]').first()).toBeVisible()
  await saveScreenshot(page, testInfo, 'view-details-lavrov-quote')

  await details.getByRole('button', { name: 'Mark as agreement' }).click()
  await expect(page.getByRole('region', { name: 'Claim details' })).toContainText(
    'Reviewed: Mark as agreement',
  )
  await expect(page.locator('[data-selected="true"]').first()).toHaveAttribute('data-status', 'agreement')
  await page.getByRole('button', { name: 'Clear review' }).click()
  await expect(page.locator('[data-selected="true"]').first()).toHaveAttribute('data-status', 'discrepancy')

  await page.getByRole('button', { name: 'Not the same claim' }).click()
  await expect(page.locator('[data-selected="true"]')).toHaveCount(1)
  await expect(page.locator('[data-selected="true"]')).toHaveAttribute('data-status', 'unique')
  await expect(page.getByRole('region', { name: 'Passage details' })).toContainText(
    'Reviewed: not the same claim',
  )
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('[data-selected="true"]')).toHaveCount(2)
  guard.assertClean()
})

test('resting the pointer on a sentence brings its counterpart into view in the other column, without selecting it', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  const { aljazeera, cnnKerry } = await openDemoOnKerry(page)

  const ajKerry = aljazeera.getByRole('button', {
    name: /Kerry called for Russia to use its influence with Assad/,
  })
  await ajKerry.scrollIntoViewIfNeeded()
  const before = await ajKerry.boundingBox()
  await ajKerry.hover()
  await expect(cnnKerry).toBeInViewport()
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0)
  // The column under the pointer stays where it was.
  expect((await ajKerry.boundingBox())?.y).toBe(before?.y)
  await saveScreenshot(page, testInfo, 'view-hover-reveal')
  guard.assertClean()
})
