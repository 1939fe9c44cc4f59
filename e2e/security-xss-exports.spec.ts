import { readFile, writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { type Browser, expect, type Page, test } from '@playwright/test'
import { xssPayloads } from './fixtures/xss-payloads.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { hostileComparisonJson, shareFragment } from './support/hostile-content.ts'
import { armScriptTraps, openTrappedApp } from './support/hostile-traps.ts'
import { expectArticleCount } from './support/hostile-workspace.ts'
import { waitForSaved } from './support/workspace-helpers.ts'

/**
 * The ways a whole comparison travels: a hand-edited JSON import, a share link, and the exported
 * HTML report opened on its own. The 60 payloads sit in the name, titles, outlets, URLs and texts;
 * none may run, and the report page may load nothing.
 */

const hostileJson = hostileComparisonJson(xssPayloads)
const hostileName = `Hostile comparison ${xssPayloads[0]}`

async function importJson(page: Page, json: string) {
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export or import' })
  await dialog.getByLabel('Comparison JSON file').setInputFiles({
    name: 'hand-edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  })
}

/** Opens the exported page in a fresh context and returns every request it made. */
async function openReport(browser: Browser, html: string, via: 'file' | 'content') {
  const context = await browser.newContext()
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  const page = await context.newPage()
  const traps = await armScriptTraps(page)
  let own = ''
  if (via === 'file') {
    const path = test.info().outputPath('report.html')
    await writeFile(path, html)
    own = pathToFileURL(path).href
    await page.goto(own)
  } else {
    await page.setContent(html)
  }
  await page.waitForLoadState('load')
  return { context, page, traps, foreign: () => requests.filter((url) => url !== own) }
}

test('a hand-edited JSON import with payloads in every field opens as text, runs none', async ({
  page,
  baseURL,
}, testInfo) => {
  const { guard, traps } = await openTrappedApp(page, baseURL)
  await importJson(page, hostileJson)
  await expect(page.getByText(hostileName, { exact: true })).toBeVisible()
  await expectArticleCount(page, 12)
  await expect(page.getByRole('article', { name: `Title 0 ${xssPayloads[0]}` })).toContainText(
    xssPayloads[4] ?? '',
  )
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'security-json-import')
  await traps.assertNoInjection('JSON import')
  guard.assertClean()
})

test('a share link carrying the payloads opens as text, runs none, and leaves the address', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  const traps = await armScriptTraps(page)
  await page.goto(`/${shareFragment(hostileJson)}`)
  await expect(page.getByText(hostileName, { exact: true })).toBeVisible()
  await expectArticleCount(page, 12)
  await waitForSaved(page)
  expect(page.url()).not.toContain('share=')
  await traps.assertNoInjection('share link')
  await saveScreenshot(page, testInfo, 'security-xss-exports-1')
  guard.assertClean()
})

test('the exported HTML report escapes every payload: opened from disk or without its CSP, nothing runs or loads', async ({
  page,
  baseURL,
  browser,
}, testInfo) => {
  const { guard, traps } = await openTrappedApp(page, baseURL)
  await importJson(page, hostileJson)
  await expect(page.getByText(hostileName, { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Report (HTML page)' }).click()
  const html = await readFile((await (await downloading).path()) ?? '', 'utf8')
  expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'')
  expect(html).toContain('&lt;script&gt;window.__xss(1)&lt;/script&gt;')
  expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|base|link|form|math)\b/i)
  await traps.assertNothingRan('export')
  guard.assertClean()

  const fromDisk = await openReport(browser, html, 'file')
  await expect(fromDisk.page.getByRole('heading', { level: 1 })).toHaveText(hostileName)
  await saveScreenshot(fromDisk.page, testInfo, 'security-html-report')
  await fromDisk.traps.assertNoInjection('report from disk')
  expect(fromDisk.foreign(), 'requests from the report').toEqual([])
  await fromDisk.context.close()

  // Without its own policy the page relies on escaping alone.
  const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  expect(bare).not.toContain('Content-Security-Policy')
  const withoutCsp = await openReport(browser, bare, 'content')
  await expect(withoutCsp.page.getByRole('heading', { level: 1 })).toHaveText(hostileName)
  await withoutCsp.traps.assertNoInjection('report without CSP')
  expect(withoutCsp.foreign(), 'requests from the report without CSP').toEqual([])
  await withoutCsp.context.close()
})
