import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { openWorkspace } from './support/workspace-helpers.ts'

test('New comparison is a plain button in the header; the open comparison stays saved', async ({
  page,
  baseURL,
}) => {
  const guard = await openWorkspace(page, baseURL)
  const header = page.getByRole('navigation', { name: 'Comparison' })
  const button = header.getByRole('button', { name: 'New comparison' })
  await expect(button).toBeVisible()
  await expectNoAxeViolations(page, 'the header')
  await button.click()
  await expect(page.getByText('No articles yet')).toBeVisible()
  await header.getByRole('button', { name: 'Saved comparisons' }).click()
  const saved = page.getByRole('list', { name: 'Saved comparisons' })
  await expect(saved).toContainText('Demo: Syria talks, 20 January 2016')
  await expect(saved).toContainText('New comparison')
  guard.assertClean()
})
