import { readFileSync } from 'node:fs'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import {
  dropFiles,
  openWorkspace,
  pasteInto,
  reutersText,
  waitForSaved,
} from './support/workspace-helpers.ts'

/** Opens the app at `url` in a new browser context (its own storage), guarded, once its workspace is saved. */
async function openInFreshBrowser(browser: Browser, baseURL: string | undefined, url: string) {
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  const otherGuard = guardPage(other, baseURL ?? '')
  await other.goto(url)
  await waitForSaved(other)
  return { fresh, other, otherGuard }
}

const hostileText = [
  'Hostile wire copy <script>window.__reportPwned = 1</script>',
  '',
  'Diplomats met in Zurich <img src="https://tracker.example/p.gif" onerror="window.__reportPwned = 2"> on Wednesday.',
].join('\n')

interface ExportedComparison {
  name: string
  articles: { id: string; text: string; source?: string | null }[]
  threshold: number
  report: { documents: unknown[]; segments: unknown[]; claims: unknown[]; unique: string[] }
}

async function addPasted(page: Page, text: string, outlet: string) {
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', { text })
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await review.getByLabel('Outlet').fill(outlet)
  await review.getByRole('button', { name: 'Add to comparison' }).click()
}

/** Clicks an export and returns the downloaded file's name and text. */
async function download(page: Page, label: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog', { name: 'Export or import' }).getByRole('button', { name: label }).click(),
  ])
  await page.keyboard.press('Escape')
  const path = await file.path()
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') }
}

async function exportJson(page: Page): Promise<ExportedComparison> {
  return JSON.parse((await download(page, 'Comparison (JSON)')).text)
}

test('a JSON export imported into a fresh browser gives the same comparison', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await addPasted(page, reutersText, 'Reuters')
  await expect(page.getByRole('article')).toHaveCount(3)
  await page.getByRole('slider', { name: 'Match threshold' }).focus()
  await page.keyboard.press('ArrowRight')
  await waitForSaved(page)
  const exported = await download(page, 'Comparison (JSON)')
  expect(exported.name).toMatch(/^crosscheck-demo-syria-talks-20-january-2016-\d{4}-\d{2}-\d{2}\.json$/)
  const original: ExportedComparison = JSON.parse(exported.text)
  expect(original.articles.map((article) => article.source)).toEqual(['Al Jazeera', 'CNN', 'Reuters'])
  expect(original.threshold).not.toBe(0.42)
  expect(original.report.claims.length).toBeGreaterThan(0)

  const { fresh, other, otherGuard } = await openInFreshBrowser(browser, baseURL, '/')
  await expect(other.getByRole('article')).toHaveCount(2)
  await other.getByRole('button', { name: 'Export', exact: true }).click()
  await other.getByLabel('Comparison JSON file').setInputFiles(exported.path)
  await expect(other.getByRole('article')).toHaveCount(3)
  await expect(other.getByRole('listitem', { name: /^Reuters: Kerry and Lavrov/ })).toBeVisible()
  await waitForSaved(other)
  await saveScreenshot(other, testInfo, 'export-json-imported')
  const again = await exportJson(other)
  expect(again.name).toBe(original.name)
  expect(again.articles).toEqual(original.articles)
  expect(again.threshold).toBe(original.threshold)
  expect(again.report).toEqual(original.report)
  // The same file dropped on the page opens as a comparison of its own.
  await dropFiles(other, [
    { name: exported.name, type: 'application/json', base64: Buffer.from(exported.text).toString('base64') },
  ])
  await other.getByRole('button', { name: 'Saved comparisons' }).click()
  await expect(
    other.getByRole('dialog', { name: 'Saved comparisons' }).getByRole('listitem', { name: original.name }),
  ).toHaveCount(3)
  otherGuard.assertClean()
  await fresh.close()
  guard.assertClean()
})

test('the share link opened in a new browser gives the same comparison', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await addPasted(page, reutersText, 'Reuters')
  await waitForSaved(page)
  const original = await exportJson(page)

  await page.getByRole('button', { name: 'Share link' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this comparison' })
  const link = await dialog.getByLabel(/^Link/).inputValue()
  expect(link).toMatch(new RegExp(`^${baseURL}/#share=[A-Za-z0-9_-]+$`))
  await saveScreenshot(page, testInfo, 'share-link-dialog')
  await expectNoAxeViolations(page, 'share dialog')

  const { fresh, other, otherGuard } = await openInFreshBrowser(browser, baseURL, link)
  await expect(other.getByRole('article')).toHaveCount(3)
  // The fragment is cleared once imported, so a reload does not import it again.
  expect(new URL(other.url()).hash).toBe('')
  const shared = await exportJson(other)
  expect(shared.articles).toEqual(original.articles)
  expect(shared.report).toEqual(original.report)
  await saveScreenshot(other, testInfo, 'share-link-opened')
  otherGuard.assertClean()
  await fresh.close()
  guard.assertClean()
})

test('a share link pasted into a tab that already shows the app opens there too', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await addPasted(page, reutersText, 'Reuters')
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Share link' }).click()
  const link = await page
    .getByRole('dialog', { name: 'Share this comparison' })
    .getByLabel(/^Link/)
    .inputValue()

  const { fresh, other, otherGuard } = await openInFreshBrowser(browser, baseURL, '/')
  await expect(other.getByRole('article')).toHaveCount(2)
  // Only the fragment changes: the page does not reload, so the app must notice by itself.
  await other.evaluate((href) => {
    window.location.href = href
  }, link)
  await expect(other.getByRole('article')).toHaveCount(3)
  await expect(other.getByRole('article', { name: /Kerry and Lavrov fail to settle/ })).toBeVisible()
  await saveScreenshot(other, testInfo, 'share-link-same-tab')
  otherGuard.assertClean()
  await fresh.close()
  guard.assertClean()
})

test('a comparison too large for a link says so and offers the JSON export', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  let seed = 11
  const noise = Array.from({ length: 12_000 }, () => {
    seed = (seed * 48271) % 2147483647
    return `w${(seed % 100_000).toString(36)}`
  }).join(' ')
  await addPasted(page, `Long wire copy\n\n${noise}.`, 'Wire')
  await page.getByRole('button', { name: 'Share link' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this comparison' })
  await expect(dialog.getByRole('alert')).toContainText('This comparison is too large for a link')
  await saveScreenshot(page, testInfo, 'share-link-too-large')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export JSON' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/\.json$/)
  guard.assertClean()
})

test('the HTML report escapes article text and loads nothing; Markdown and CSV carry the claims', async ({
  page,
  browser,
  baseURL,
}) => {
  const guard = await openWorkspace(page, baseURL)
  await addPasted(page, hostileText, 'Hostile <b>Wire</b>')
  await expect(page.getByRole('article')).toHaveCount(3)

  const html = await download(page, 'Report (HTML page)')
  expect(html.name).toMatch(/\.html$/)
  expect(html.text).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
  )
  expect(html.text).not.toMatch(/<script|<img/i)
  expect(html.text).toContain('&lt;script&gt;window.__reportPwned = 1&lt;/script&gt;')
  expect(html.text).toContain('Hostile &lt;b&gt;Wire&lt;/b&gt;')

  // Opened on its own, the report runs nothing and requests nothing.
  const viewer = await browser.newContext()
  const report = await viewer.newPage()
  const requests: string[] = []
  viewer.on('request', (request) => requests.push(request.url()))
  await report.setContent(html.text)
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Demo: Syria talks, 20 January 2016')
  await expect(report.getByText('Hostile <b>Wire</b>').first()).toBeVisible()
  expect(await report.evaluate(() => (window as { __reportPwned?: number }).__reportPwned)).toBeUndefined()
  expect(requests).toEqual([])
  await viewer.close()

  const markdown = await download(page, 'Report (Markdown)')
  expect(markdown.text).toMatch(/^# Crosscheck report/)
  expect(markdown.text).toContain('Al Jazeera')
  const csv = await download(page, 'Claims (CSV)')
  expect(csv.text.split('\r\n')[0]).toBe('claim,status,score,document,outlet,start,end,text,differences')
  expect(csv.text.split('\r\n').length).toBeGreaterThan(2)
  guard.assertClean()
})

test('printing shows the comparison without the controls', async ({ page, baseURL }, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await expect(page.getByRole('article')).toHaveCount(2)
  await page.emulateMedia({ media: 'print' })
  for (const name of ['Add article', 'Saved comparisons', 'Export', 'Share link']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden()
  }
  await expect(
    page.getByRole('article', { name: 'US and Russia fail to agree on Syria talks invite list' }),
  ).toBeVisible()
  await saveScreenshot(page, testInfo, 'export-print-media')
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  guard.assertClean()
})
