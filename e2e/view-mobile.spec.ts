import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'

test.use({ viewport: { width: 390, height: 844 } })

test('on a phone the articles become tabs and nothing overflows sideways', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const tabs = page.getByRole('tablist', { name: 'Articles' })
  await expect(tabs.getByRole('tab')).toHaveCount(2)
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('article')).toHaveAccessibleName(/US and Russia fail to agree/)
  await saveScreenshot(page, testInfo, 'view-mobile-aljazeera')
  await expectNoAxeViolations(page, 'the phone layout')

  await tabs.getByRole('tab', { name: 'CNN' }).click()
  await expect(page.getByRole('article')).toHaveAccessibleName(/Kerry, Lavrov meet/)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await page.keyboard.press('n')
  await expect(page.locator('[data-selected="true"]').first()).toBeInViewport()
  await saveScreenshot(page, testInfo, 'view-mobile-cnn-discrepancy')
  guard.assertClean()
})

test('at 1280×800 the columns and the side panel sit side by side without sideways scrolling', async ({
  page,
  baseURL,
}) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByRole('article')).toHaveCount(2)
  const [left, right] = await page.getByRole('article').all()
  const panel = page.getByRole('complementary', { name: 'Details and summary' })
  const a = await left?.boundingBox()
  const b = await right?.boundingBox()
  const c = await panel.boundingBox()
  expect(a && b && c && a.x < b.x && b.x < c.x && a.y === b.y).toBe(true)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  guard.assertClean()
})
