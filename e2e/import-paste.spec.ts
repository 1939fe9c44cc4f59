import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { saveScreenshot } from './network-guard.ts'
import { openWorkspace, pasteInto, reutersText, waitForSaved } from './support/workspace-helpers.ts'

test('pasting a third article adds a third column and the comparison updates', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await expect(page.getByRole('article')).toHaveCount(2)

  await page.getByRole('button', { name: 'Add article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an article' })
  await expect(dialog).toBeVisible()
  await pasteInto(page, 'Paste an article', { text: reutersText })

  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await expect(review.getByLabel('Title')).toHaveValue(
    'Kerry and Lavrov fail to settle Syria talks guest list',
  )
  // The outlet is read from the dateline "ZURICH (Reuters) -"; the date is not written, so it is typed.
  await expect(review.getByLabel('Outlet')).toHaveValue('Reuters')
  await review.getByLabel('Publication date').fill('2016-01-20')
  await saveScreenshot(page, testInfo, 'import-paste-review')
  await review.getByRole('button', { name: 'Add to comparison' }).click()

  await expect(page.getByRole('article')).toHaveCount(3)
  const column = page.getByRole('article', { name: 'Kerry and Lavrov fail to settle Syria talks guest list' })
  await expect(column).toBeVisible()
  await expect(column).toContainText('had planned to open the talks in Geneva on Jan. 25.')
  // The comparison ran again with the new article: its column has claims shared with the others.
  await expect(column).toContainText(/\d+\s*agreements?/)
  await expect(page.getByRole('listitem', { name: /^Reuters: Kerry and Lavrov/ })).toBeVisible()
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'import-paste-three-columns')
  await expectNoAxeViolations(page, 'three articles after a paste')
  guard.assertClean()
})

test('a paste of a whole web page keeps only the article, with the page metadata', async ({
  page,
  baseURL,
}) => {
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: 'Add article' }).click()
  const html = `<html><head><title>Talks stall | Daily Planet</title>
    <meta property="og:site_name" content="Daily Planet"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
    <article><h1>Talks stall</h1>
    <p>Diplomats meeting in Zurich on Wednesday could not agree on who should attend peace talks on Syria, officials said after hours of negotiations.</p>
    <p>The talks are due to start in Geneva next week, though a delay now appears likely according to several people briefed on the meeting.</p>
    <p>Both sides said they would keep talking, and another meeting between the two ministers was planned for the coming days.</p></article>
    <aside>Advertisement: buy the best mattress today</aside></body></html>`
  await pasteInto(page, 'Paste an article', { text: 'Home World news menu Talks stall …', html })
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await expect(review.getByLabel('Outlet')).toHaveValue('Daily Planet')
  await expect(review.getByLabel('Title')).toHaveValue('Talks stall')
  await expect(review.getByText(/Diplomats meeting in Zurich/)).toBeVisible()
  await expect(review.getByText(/World news menu/)).toHaveCount(0)
  await expect(review.getByText(/mattress/)).toHaveCount(0)
  guard.assertClean()
})

test('with one article left the page says a second is needed; adding one brings the comparison back', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: /^Remove CNN/ }).click()
  await expect(page.getByText('One article so far: add another to compare')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(0)
  await saveScreenshot(page, testInfo, 'import-one-article-hint')
  await expectNoAxeViolations(page, 'one article hint')
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', { text: reutersText })
  await page.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.getByRole('article')).toHaveCount(2)
  guard.assertClean()
})

test('Ctrl+V on the page itself opens the new article for review', async ({ page, baseURL }) => {
  const guard = await openWorkspace(page, baseURL)
  await page.locator('body').evaluate((body, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, reutersText)
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await expect(review.getByLabel('Title')).toHaveValue(
    'Kerry and Lavrov fail to settle Syria talks guest list',
  )
  await review.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.getByRole('article')).toHaveCount(3)
  guard.assertClean()
})
