import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'

test('"next discrepancy" walks through every discrepancy, then wraps; ? lists the keys', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const discrepancies = page.locator('[data-status="discrepancy"]')
  await expect(discrepancies.first()).toBeVisible()
  const all = await discrepancies.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-segment-id')),
  )
  expect(all.length).toBeGreaterThan(0)

  const visited = new Set<string>()
  const firstStop: string[] = []
  for (let step = 0; step < all.length; step++) {
    await page.keyboard.press('n')
    const selected = page.locator('[data-selected="true"]')
    await expect(selected.first()).toHaveAttribute('data-status', 'discrepancy')
    await expect(selected.first()).toBeInViewport()
    const ids = await selected.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-segment-id')),
    )
    if (step === 0) firstStop.push(...(ids as string[]))
    if (ids.every((id) => visited.has(id as string))) break
    for (const id of ids) visited.add(id as string)
    await expect(page.getByRole('region', { name: 'Claim details' })).toContainText('Discrepancy')
  }
  expect([...visited].sort()).toEqual([...(all as string[])].sort())
  await saveScreenshot(page, testInfo, 'view-keyboard-discrepancy')

  // p goes back; u jumps to a unique passage.
  await page.keyboard.press('u')
  await expect(page.locator('[data-selected="true"]').first()).toHaveAttribute('data-status', 'unique')
  await page.keyboard.press('Escape')
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0)

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Next discrepancy')
  await saveScreenshot(page, testInfo, 'view-keyboard-help')
  await expectNoAxeViolations(page, 'the keyboard overlay')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  guard.assertClean()
})

test('segments are reachable with Tab and show a visible focus ring', async ({ page, baseURL }) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const first = page.locator('[data-segment-id]').first()
  await first.focus()
  await expect(first).toBeFocused()
  await expect(first).toHaveAttribute('data-selected', 'true')
  const outline = await first.evaluate((node) => getComputedStyle(node).outlineStyle)
  expect(outline).not.toBe('none')
  guard.assertClean()
})
