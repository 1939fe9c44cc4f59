import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { comparisonJson, ferryFireReports, unrelatedReport } from './fixtures/ferry-fire-articles.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { shareFragment } from './support/hostile-content.ts'

const sixReports = ferryFireReports.slice(0, 6)

/** Opens a comparison of these articles through a share link and waits for its highlights. */
async function openComparison(page: Page, name: string, articles: typeof ferryFireReports) {
  await page.goto(`/${shareFragment(comparisonJson(name, articles))}`)
  await expect(page.locator('[data-segment-id]').first()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible()
}

/** How far the page scrolls past its last box (the page is at least the window's height), and sideways past the window. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('main > *, aside, [role="tabpanel"]')]
    const bottom = Math.max(...boxes.map((box) => box.getBoundingClientRect().bottom + window.scrollY))
    const main = document.querySelector('main')
    const padding = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) : 0
    return {
      below:
        document.documentElement.scrollHeight - Math.max(window.innerHeight, Math.ceil(bottom + padding)),
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    }
  })
}

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('six articles: the first four side by side at a readable width, each other one a click away', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL ?? '')
    await openComparison(page, 'Ferry fire, six outlets', sixReports)
    const chooser = page.getByRole('region', { name: 'Side by side' })
    await expect(chooser).toContainText('4 of 6 side by side')
    await expect(page.getByRole('article')).toHaveCount(4)
    await saveScreenshot(page, testInfo, 'view-many-1440')
    await expectNoAxeViolations(page, 'six articles at 1440 px')

    for (const report of sixReports) {
      const column = page.getByRole('article', { name: report.title })
      if ((await column.count()) === 0) {
        await chooser.getByRole('button', { name: report.source }).click()
        await expect(column.getByRole('region', { name: `${report.source} text` })).toBeFocused()
      }
      await expect(column).toBeInViewport({ ratio: 0.9 })
      const box = await column.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(224)
      await expect(column.locator('[data-segment-id]').nth(1)).toBeInViewport()
      const text = column.getByRole('region', { name: `${report.source} text` })
      expect(await text.evaluate((area) => area.scrollWidth - area.clientWidth)).toBeLessThanOrEqual(0)
    }
    const tops = await Promise.all((await page.getByRole('article').all()).map((a) => a.boundingBox()))
    expect(new Set(tops.map((box) => box?.y)).size).toBe(1)
    expect(await overflow(page)).toEqual({ below: expect.any(Number), sideways: 0 })
    expect((await overflow(page)).below).toBeLessThanOrEqual(0)
    await saveScreenshot(page, testInfo, 'view-many-1440-brought-in')
    guard.assertClean()
  })

  test('a jump from the summary to an article not side by side brings it in', async ({ page, baseURL }) => {
    const guard = guardPage(page, baseURL ?? '')
    await openComparison(page, 'Ferry fire, six outlets', sixReports)
    const southTimes = page.getByRole('article', { name: 'No passengers hurt in ferry fire near Port Alder' })
    await expect(southTimes).toHaveCount(0)
    await page.getByRole('tab', { name: 'Summary' }).click()
    // A passage only South Times reports: no shown column holds any part of it.
    const only = page.getByRole('region', { name: 'Only South Times reports' })
    const link = only.getByRole('button', { name: /cancelled all crossings/ })
    await link.scrollIntoViewIfNeeded()
    await link.click()
    await expect(southTimes.locator('[data-selected="true"]')).toBeInViewport()
    await expect(page.getByRole('article')).toHaveCount(4)
    guard.assertClean()
  })

  test('twelve articles: the article bar keeps to one line, with a count and Show all', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL ?? '')
    await openComparison(page, 'Ferry fire, twelve outlets', [...ferryFireReports, unrelatedReport])
    await expect(page.getByRole('region', { name: 'Side by side' })).toContainText('4 of 12 side by side')
    const bar = page.getByRole('region', { name: 'Articles', exact: true })
    await expect(bar).toContainText('12 articles')
    await expect(bar.getByRole('listitem')).toHaveCount(4)
    expect((await bar.boundingBox())?.height ?? 0).toBeLessThanOrEqual(48)
    await bar.getByRole('button', { name: 'Show all' }).click()
    await expect(bar.getByRole('listitem')).toHaveCount(12)
    await expect(bar.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true')
    expect((await bar.boundingBox())?.height ?? 0).toBeLessThanOrEqual(120)
    await saveScreenshot(page, testInfo, 'view-many-1440-all-chips')
    await expectNoAxeViolations(page, 'every chip shown')
    guard.assertClean()
  })

  test('an article that shares no claim with the others says so, quietly', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL ?? '')
    await openComparison(page, 'Ferry fire and a marrow', [...sixReports, unrelatedReport])
    const chooser = page.getByRole('region', { name: 'Side by side' })
    await chooser
      .getByRole('button', { name: /^Garden Weekly: .* \(shares no claim with the others\)$/ })
      .click()
    const garden = page.getByRole('article', { name: unrelatedReport.title })
    await expect(garden).toContainText('Shares no claim with the other articles')
    for (const column of await page.getByRole('article').all()) {
      if ((await column.getAttribute('aria-labelledby')) === `title-${unrelatedReport.id}`) continue
      await expect(column).not.toContainText('Shares no claim')
    }
    await saveScreenshot(page, testInfo, 'view-many-1440-no-shared-claim')
    await expectNoAxeViolations(page, 'the no-shared-claim warning')
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await saveScreenshot(page, testInfo, 'view-many-1440-no-shared-claim-dark')
    await expectNoAxeViolations(page, 'the no-shared-claim warning, dark')
    guard.assertClean()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('twelve articles: tabs, a short article bar, and no empty scroll after the content', async ({
    page,
    baseURL,
  }, testInfo) => {
    const guard = guardPage(page, baseURL ?? '')
    await openComparison(page, 'Ferry fire, twelve outlets', [...ferryFireReports, unrelatedReport])
    const tabs = page.getByRole('tablist', { name: 'Articles' })
    await expect(tabs.getByRole('tab')).toHaveCount(12)
    await expect(tabs.getByRole('tab', { name: /Garden Weekly.*shares no claim/ })).toHaveCount(1)
    const bar = page.getByRole('region', { name: 'Articles', exact: true })
    await expect(bar.getByRole('listitem')).toHaveCount(0)
    expect((await bar.boundingBox())?.height ?? 0).toBeLessThanOrEqual(48)
    expect(await overflow(page)).toEqual({ below: expect.any(Number), sideways: 0 })
    expect((await overflow(page)).below).toBeLessThanOrEqual(0)
    await saveScreenshot(page, testInfo, 'view-many-phone')
    await expectNoAxeViolations(page, 'twelve articles on a phone')

    await page.getByRole('tab', { name: 'Summary' }).click()
    expect((await overflow(page)).below).toBeLessThanOrEqual(0)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await saveScreenshot(page, testInfo, 'view-many-phone-bottom')
    guard.assertClean()
  })

  test('the demo, with its long columns, ends where its content ends', async ({ page, baseURL }) => {
    const guard = guardPage(page, baseURL ?? '')
    await page.goto('/')
    await expect(page.locator('[data-segment-id]').first()).toBeVisible()
    expect(await overflow(page)).toEqual({ below: expect.any(Number), sideways: 0 })
    expect((await overflow(page)).below).toBeLessThanOrEqual(0)
    guard.assertClean()
  })
})
