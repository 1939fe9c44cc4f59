import { expect, type Page, test } from '@playwright/test'
import { saveScreenshot } from './network-guard.ts'
import { columnText, expectArticleCount, showColumn } from './support/hostile-workspace.ts'
import { addReviewedFiles, dropFiles, openWorkspace, waitForSaved } from './support/workspace-helpers.ts'

/**
 * Broken and strange files, dropped or picked: each bad file gets one notice naming it and saying
 * what is wrong, good files in the same batch still arrive, and nothing already loaded is lost.
 */

const story = 'Kerry met Lavrov in Zurich on Wednesday. The talks start on Jan. 25 in Geneva.'

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le')
  if (endian === 'be') body.swap16()
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
}

const file = (name: string, type: string, bytes: Buffer) => ({ name, type, base64: bytes.toString('base64') })

async function problems(page: Page) {
  return page.getByRole('list', { name: 'Import problems' }).getByRole('alert')
}

test('a batch of broken files: one notice each, the good files arrive, nothing loaded is lost', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ])
  await dropFiles(page, [
    file('good.txt', 'text/plain', Buffer.from(`Good file\n\n${story}`)),
    file('photo.txt', 'text/plain', png),
    file('empty.txt', 'text/plain', Buffer.alloc(0)),
    file('blank.md', 'text/markdown', Buffer.from('  \n\n\t \n')),
    file('photo.png', 'image/png', png),
    file(
      'broken.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip archive')]),
    ),
    file('broken.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n% cut short here')),
    file('renamed.docx', 'application/octet-stream', Buffer.from(story)),
  ])
  await addReviewedFiles(page)
  const notices = await problems(page)
  await expect(notices).toContainText(
    [
      'photo.txt is not a text file (it holds binary data).',
      'empty.txt is empty.',
      'blank.md has no text in it.',
      'photo.png is not a file Crosscheck reads; use .txt, .md, .html, .docx or .pdf.',
      'broken.docx could not be read as a Word document.',
      'broken.pdf could not be read as a PDF.',
      'renamed.docx could not be read as a Word document.',
    ],
    { timeout: 15_000 },
  )
  await expect(page.getByRole('article')).toHaveCount(3)
  await expect(page.getByRole('article', { name: 'Good file' })).toBeVisible()
  await saveScreenshot(page, testInfo, 'bad-input-files')
  await notices
    .first()
    .getByRole('button', { name: /^Dismiss/ })
    .click()
  await expect(notices).toHaveCount(6)
  await waitForSaved(page)
  guard.assertClean()
})

test('a file over 20 MB is refused with the limit stated', async ({ page, baseURL }, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Article files').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(21 * 1024 * 1024, 'a '),
  })
  await expect(await problems(page)).toContainText([
    'huge.txt is 21.0 MB; Crosscheck opens files up to 20 MB.',
  ])
  await expect(page.getByRole('article')).toHaveCount(2)
  await saveScreenshot(page, testInfo, 'bad-input-files-1')
  guard.assertClean()
})

test('UTF-16 with a byte-order mark and invalid UTF-8 are read, with defined decoding', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Article files').setInputFiles([
    {
      name: 'le.txt',
      mimeType: 'text/plain',
      buffer: utf16(`Little endian\n\n${story} Zürich 👩‍👩‍👧`, 'le'),
    },
    { name: 'be.txt', mimeType: 'text/plain', buffer: utf16(`Big endian\n\n${story} Genève`, 'be') },
    // Not UTF-8 (a lone 0xE9): read as Windows-1252, the usual encoding of older saved pages.
    {
      name: 'latin.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([...Buffer.from('Latin page\n\nCaf'), 0xe9, 0x2e]),
    },
  ])
  await addReviewedFiles(page)
  await expectArticleCount(page, 5)
  expect(await columnText(page, 'Little endian')).toContain('Zürich 👩‍👩‍👧')
  expect(await columnText(page, 'Big endian')).toContain('Genève')
  expect(await columnText(page, 'Latin page')).toContain('Café.')
  await saveScreenshot(page, testInfo, 'bad-input-files-2')
  guard.assertClean()
})

test('fifty dropped articles are all compared and shown', async ({ page, baseURL }, testInfo) => {
  test.slow()
  const guard = await openWorkspace(page, baseURL)
  const outlets = Array.from({ length: 50 }, (_, i) => `Outlet ${i + 1}`)
  await dropFiles(
    page,
    outlets.map((outlet, i) =>
      file(
        `report-${i + 1}.txt`,
        'text/plain',
        Buffer.from(`${outlet} report\n\n${story} About ${100 + i} people attended, ${outlet} said.`),
      ),
    ),
  )
  await addReviewedFiles(page)
  await expectArticleCount(page, 52, 30_000)
  const last = await showColumn(page, 'Outlet 50 report')
  await expect(last.locator('[data-status="discrepancy"]').first()).toBeAttached({ timeout: 60_000 })
  await waitForSaved(page)
  await saveScreenshot(page, testInfo, 'bad-input-fifty')
  guard.assertClean()
})

test('the Add article dialog states the size limits before anything is imported', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: 'Add article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an article' })
  await expect(dialog).toContainText('20 MB')
  await expect(dialog).toContainText('2 million characters')
  await saveScreenshot(page, testInfo, 'bad-input-files-3')
  guard.assertClean()
})
