import { readFile, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { pageWithRemoteResources, remoteResources } from './support/hostile-content.ts'
import { armScriptTraps } from './support/hostile-traps.ts'
import { expectArticleCount } from './support/hostile-workspace.ts'
import {
  addReviewedFiles,
  dropFiles,
  pasteInto,
  reutersText,
  waitForSaved,
} from './support/workspace-helpers.ts'

/**
 * Nothing leaves the app's origin during the main journeys: every request the page and its worker
 * make is recorded, and any to another origin is refused (so a slip cannot reach the network) and
 * fails the test. URL import is the one exception, and only when the person presses Load.
 */

/** Records every request in the context and refuses any that leaves `origin`. */
async function recordRequests(context: BrowserContext, origin: string) {
  const all: string[] = []
  const foreign: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      await route.fallback()
      return
    }
    foreign.push(url)
    await route.abort('blockedbyclient')
  })
  context.on('request', (request) => all.push(request.url()))
  return { all, foreign }
}

async function exportAll(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export or import' })
  const files: Record<string, string> = {}
  for (const label of ['Comparison (JSON)', 'Report (Markdown)', 'Report (HTML page)', 'Claims (CSV)']) {
    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: label }).click()
    files[label] = await readFile((await (await downloading).path()) ?? '', 'utf8')
  }
  await dialog.getByRole('button', { name: 'Close' }).click()
  return files
}

test('the main journeys make no request outside the origin, even for pages full of remote resources', async ({
  page,
  baseURL,
  browser,
}, testInfo) => {
  const origin = new URL(baseURL ?? '').origin
  const guard = guardPage(page, baseURL ?? '')
  const requests = await recordRequests(page.context(), origin)
  await page.goto('/')
  await waitForSaved(page)
  await expect(page.locator('[data-status="agreement"]').first()).toBeVisible()

  // Paste plain text, paste a web page, drop a saved page, pick a text file.
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', { text: reutersText })
  await page.getByRole('button', { name: 'Add to comparison' }).click()
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', {
    text: 'x',
    html: pageWithRemoteResources('Pasted remote page'),
  })
  await page.getByRole('button', { name: 'Add to comparison' }).click()
  await dropFiles(page, [
    {
      name: 'saved.html',
      type: 'text/html',
      base64: Buffer.from(pageWithRemoteResources('Dropped remote page')).toString('base64'),
    },
  ])
  await addReviewedFiles(page)
  await expectArticleCount(page, 5)
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Article files').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Notes\n\n${remoteResources.join('\n')}\n\nThe council met on Tuesday.`),
  })
  await addReviewedFiles(page)
  await expectArticleCount(page, 6)
  await waitForSaved(page)

  // Export every format, make a share link, reopen the demo, reload.
  const files = await exportAll(page)
  await page.getByRole('button', { name: 'Share link' }).click()
  await expect(page.getByRole('dialog', { name: 'Share this comparison' })).toBeVisible()
  await page
    .getByRole('dialog', { name: 'Share this comparison' })
    .getByRole('button', { name: 'Close' })
    .click()
  await page.getByRole('button', { name: 'Saved comparisons' }).click()
  await page.getByRole('button', { name: 'Open the demo' }).click()
  await expect(page.getByRole('article')).toHaveCount(2)
  await page.reload()
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'privacy-after-journeys')

  expect(requests.foreign, 'requests that left the origin').toEqual([])
  expect(requests.all.length).toBeGreaterThan(0)
  guard.assertClean()

  // The exported report, opened from disk, loads nothing either.
  const context = await browser.newContext()
  const reportRequests = await recordRequests(context, 'null')
  const report = await context.newPage()
  const path = testInfo.outputPath('report.html')
  await writeFile(path, files['Report (HTML page)'] ?? '')
  await report.goto(pathToFileURL(path).href)
  await report.waitForLoadState('load')
  await report.waitForTimeout(300)
  expect(
    reportRequests.all.filter((url) => !url.startsWith('file:')),
    'requests from the report',
  ).toEqual([])
  await context.close()
})

test('the built page names no other origin: no web fonts, analytics or CDNs', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  const html = await page.content()
  const sheets = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link as HTMLLinkElement).href),
  )
  const css = await Promise.all(sheets.map(async (href) => (await page.request.get(href)).text()))
  const external = /(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import/gi
  expect(html.match(external) ?? [], 'external references in the page').toEqual([])
  expect(css.join('\n').match(external) ?? [], 'external references in the styles').toEqual([])
  await saveScreenshot(page, testInfo, 'privacy-network-1')
  guard.assertClean()
})

test('URL import contacts a site only when the person presses Load; a site that allows it gives its article, one that does not is explained', async ({
  page,
  baseURL,
}, testInfo) => {
  const origin = new URL(baseURL ?? '').origin
  const guard = guardPage(page, baseURL ?? '')
  const traps = await armScriptTraps(page)
  const requests = await recordRequests(page.context(), origin)
  // Two stand-in news sites, answered here so nothing reaches the network: one lets any site read
  // it (CORS), the other only itself, as most news sites do.
  const story = (title: string) =>
    `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Example News"></head>` +
    `<body><nav>Home | World</nav><article><h1>${title}</h1><p>${reutersText.split('\n').slice(2).join(' ')}</p>` +
    `<p>The talks are expected to open in Geneva on Monday, officials said.</p></article></body></html>`
  await page.route('https://open.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'access-control-allow-origin': '*' },
      body: story('Kerry and Lavrov meet in Zurich'),
    }),
  )
  // Playwright adds an allow-any-origin header to a fulfilled cross-origin response that has none,
  // so the closed site names only itself, which the browser then refuses to share with the app.
  await page.route('https://closed.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'access-control-allow-origin': 'https://closed.example' },
      body: story('Not for other sites'),
    }),
  )
  await page.goto('/')
  await waitForSaved(page)
  await page.getByRole('button', { name: 'Add article' }).click()
  const field = page.getByLabel('From a web address')
  await field.fill('https://closed.example/story')
  await field.blur()
  await page.waitForTimeout(500)
  expect(
    requests.all.filter((url) => url.includes('.example')),
    'before Load',
  ).toEqual([])

  await page.getByRole('button', { name: 'Load' }).click()
  await expect(page.getByRole('alert')).toContainText('The browser blocked loading this page')
  await expect(page.getByRole('alert')).toContainText('save the page from your browser and drop the file')
  await saveScreenshot(page, testInfo, 'privacy-network-2')

  // Plain http is refused by the app's policy before anything is sent.
  await field.fill('http://open.example/story')
  await page.getByRole('button', { name: 'Load' }).click()
  await expect(page.getByRole('alert')).toContainText('The browser blocked loading this page')
  // (Reported once per copy of the policy: the header and the page's <meta> fallback.)
  await expect.poll(() => [...new Set(traps.violations)]).toEqual(['connect-src http://open.example/story'])

  await field.fill('https://open.example/story')
  await page.getByRole('button', { name: 'Load' }).click()
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await expect(review.getByLabel('Title')).toHaveValue('Kerry and Lavrov meet in Zurich')
  await expect(review.getByLabel('Outlet')).toHaveValue('Example News')
  await review.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(page.getByRole('article')).toHaveCount(3)
  const column = page.getByRole('article', { name: 'Kerry and Lavrov meet in Zurich' })
  await expect(column).toContainText('Geneva on Monday')
  await expect(column).not.toContainText('Home | World')
  await saveScreenshot(page, testInfo, 'privacy-url-import')

  // Only the two addresses the person loaded were contacted; nothing else left the origin.
  expect(requests.all.filter((url) => new URL(url).origin !== origin)).toEqual([
    'https://closed.example/story',
    'https://open.example/story',
  ])
  guard.assertClean({
    requested: /^https:\/\/(open|closed)\.example\/story/,
    ignoreConsole:
      /(closed\.example\/story.*(CORS|Access-Control-Allow-Origin)|Failed to load resource: net::ERR_FAILED|http:\/\/open\.example\/story)/,
  })
})
