import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe.ts'
import { guardPage, saveScreenshot } from './network-guard.ts'
import { makeDocx, makePdf } from './support/make-documents.ts'
import { addReviewedFiles, dropFiles, openWorkspace, startEmpty } from './support/workspace-helpers.ts'

const clutteredPage = readFileSync(new URL('./support/cluttered-article.html', import.meta.url))
const demoFile = (name: string) => readFileSync(new URL(`../src/demo/articles/${name}`, import.meta.url))
const textFile = (name: string, text: string | Buffer) => ({
  name,
  type: 'text/plain',
  base64: Buffer.from(text).toString('base64'),
})

test('several dropped files are reviewed together, each field prefilled and editable, then added at once', async ({
  page,
  baseURL,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const guard = guardPage(page, baseURL ?? '')
  await startEmpty(page)
  await dropFiles(page, [
    textFile('cnn-2016-01-20-kerry-lavrov-impasse.txt', demoFile('cnn-2016-01-20-kerry-lavrov-impasse.txt')),
    textFile('invite-list.txt', demoFile('aljazeera-2016-01-20-syria-talks-invite-list.txt')),
    textFile(
      'quake.txt',
      '3 July 2013 Last updated at 13:38 GMT\n\nQuake kills five in Aceh\n\n' +
        'BANDA ACEH (Reuters) - A strong earthquake struck Aceh on Tuesday, killing at least five people.',
    ),
    textFile(
      'notes.txt',
      'Talks in Zurich end without a list\n\nThe envoy is still waiting for word from both capitals.',
    ),
  ])
  const review = page.getByRole('dialog', { name: /^Check \d+ new articles$/ })
  await expect(review).toHaveAccessibleName('Check 4 new articles')
  const rows = review.getByRole('list', { name: 'Files to add' }).getByRole('group')
  await expect(rows).toHaveCount(4)
  // Nothing joins the comparison before the review is confirmed.
  await expect(page.getByText('No articles yet')).toBeAttached()

  const cnn = review.getByRole('group', { name: /^cnn-2016-01-20/ })
  await expect(cnn.getByLabel('Outlet')).toHaveValue('CNN')
  await expect(cnn.getByLabel('Title')).toHaveValue('Kerry, Lavrov meet to end impasse over Syria talks')
  await expect(cnn.getByLabel('Publication date')).toHaveValue('2016-01-20')
  // The outlet from a source line in the text, when the file name says nothing.
  await expect(review.getByRole('group', { name: /^invite-list/ }).getByLabel('Outlet')).toHaveValue(
    'Al Jazeera',
  )
  // The timestamp line gives the date, never the title.
  const quake = review.getByRole('group', { name: /^quake/ })
  await expect(quake.getByLabel('Title')).toHaveValue('Quake kills five in Aceh')
  await expect(quake.getByLabel('Outlet')).toHaveValue('Reuters')
  await expect(quake.getByLabel('Publication date')).toHaveValue('2013-07-03')
  const notes = review.getByRole('group', { name: /^notes/ })
  await expect(notes.getByLabel('Outlet')).toHaveValue('')
  await expectNoAxeViolations(page, 'the review step for four files')
  await saveScreenshot(page, testInfo, 'import-review-several-files')

  // By keyboard only: leave the quake out, name the unknown outlet, correct a date, submit with Enter.
  await quake.getByRole('button', { name: 'Leave out quake.txt' }).focus()
  await page.keyboard.press('Enter')
  await expect(review).toHaveAccessibleName('Check 3 new articles')
  await expect(rows).toHaveCount(3)
  await expect(notes.getByLabel('Outlet')).toBeFocused()
  await page.keyboard.type('Evening Ledger')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(notes.getByLabel('Publication date')).toBeFocused()
  await notes.getByLabel('Publication date').fill('2016-01-21')
  await notes.getByLabel('Title').focus()
  await page.keyboard.press('Enter')
  await expect(review).toBeHidden()

  const chips = page.getByRole('region', { name: 'Articles' }).getByRole('listitem')
  await expect(chips).toHaveCount(3)
  await expect(
    page.getByRole('listitem', { name: 'CNN: Kerry, Lavrov meet to end impasse over Syria talks' }),
  ).toBeVisible()
  await expect(
    page.getByRole('listitem', {
      name: 'Al Jazeera: US and Russia fail to agree on Syria talks invite list',
    }),
  ).toBeVisible()
  await expect(
    page.getByRole('listitem', { name: 'Evening Ledger: Talks in Zurich end without a list' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Edit Evening Ledger: Talks in Zurich end without a list' }).click()
  const edit = page.getByRole('dialog')
  await expect(edit.getByLabel('Publication date')).toHaveValue('2016-01-21')
  await edit.getByRole('button', { name: 'Cancel' }).click()
  await saveScreenshot(page, testInfo, 'import-review-added')
  await expectNoAxeViolations(page, 'after adding the reviewed files')
  guard.assertClean()
})

test('on a phone the review stacks each row; cancelling it adds nothing', async ({
  page,
  baseURL,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const guard = await openWorkspace(page, baseURL)
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Article files').setInputFiles([
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('First story\n\nText.') },
    { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from('Second story\n\nText.') },
  ])
  const review = page.getByRole('dialog', { name: 'Check 2 new articles' })
  await expect(review.getByRole('group')).toHaveCount(2)
  await saveScreenshot(page, testInfo, 'import-review-phone')
  await expectNoAxeViolations(page, 'the review step on a phone')
  await page.keyboard.press('Escape')
  await expect(review).toBeHidden()
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2)
  guard.assertClean()
})

test('a dropped web page brings only its article text, with its metadata', async ({
  page,
  baseURL,
}, testInfo) => {
  const guard = await openWorkspace(page, baseURL)
  await dropFiles(page, [
    { name: 'ledger.html', type: 'text/html', base64: clutteredPage.toString('base64') },
  ])
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  await expect(review.getByLabel('Outlet')).toHaveValue('The Evening Ledger')
  // The page title's "| The Evening Ledger" is the site's name, not the headline's.
  await expect(review.getByLabel('Title')).toHaveValue('Syria talks guest list still unresolved')
  await addReviewedFiles(page)

  const chip = page.getByRole('listitem', {
    name: 'The Evening Ledger: Syria talks guest list still unresolved',
  })
  await expect(chip).toBeVisible()
  const column = page.getByRole('article', { name: /Syria talks guest list still unresolved/ })
  await expect(column).toContainText('Staffan de Mistura')
  for (const clutter of [
    'Sport section',
    'Subscribe now',
    'mattress',
    'Celebrity chef',
    'Cookie settings',
    'pwned',
  ]) {
    await expect(page.getByRole('main')).not.toContainText(clutter)
  }
  expect(
    await page.evaluate(() => (window as { __crosscheckPwned?: string }).__crosscheckPwned),
  ).toBeUndefined()

  await chip.getByRole('button', { name: /^Edit/ }).click()
  const dialog = page.getByRole('dialog')
  // The article's text exactly as it arrived: the story's paragraphs and nothing else.
  const text = await dialog.getByLabel('Text').inputValue()
  expect(text).toContain('Diplomats from Washington and Moscow ended a meeting in Zurich on Wednesday')
  expect(text).toContain('a further meeting was not ruled out before the end of the week.')
  for (const clutter of [
    'Home',
    'Subscribe',
    'Sponsored',
    'Most read',
    'Celebrity',
    'Cookie',
    'pwned',
    'script',
  ]) {
    expect(text).not.toContain(clutter)
  }
  await expect(dialog.getByLabel('Outlet')).toHaveValue('The Evening Ledger')
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2016-01-21')
  await expect(dialog.getByLabel('URL')).toHaveValue('https://ledger.example/world/syria-talks-guest-list')
  await dialog.getByLabel('Title').fill('Syria guest list still unresolved')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(
    page.getByRole('listitem', { name: 'The Evening Ledger: Syria guest list still unresolved' }),
  ).toBeVisible()
  await saveScreenshot(page, testInfo, 'import-html-drop')
  await expectNoAxeViolations(page, 'after dropping a web page')
  guard.assertClean()
})

test('a dropped Word document and PDF bring their text', async ({ page, baseURL }, testInfo) => {
  const guard = guardPage(page, baseURL ?? '')
  await startEmpty(page)
  const docx = await makeDocx('Ministers fail to agree on talks invitations', [
    'Foreign ministers meeting in Zurich failed on Wednesday to agree on the list of opposition delegates.',
    'The talks in Geneva are still planned for January 25, a spokesman for the envoy said.',
  ])
  const pdf = await makePdf([
    'Zurich meeting ends without a list of delegates for the Syria peace talks, leaving the envoy waiting for word from both capitals.',
    'Officials said the talks in Geneva were still planned for January 25 despite the disagreement.',
  ])
  await dropFiles(page, [
    {
      name: 'wire-story.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: docx.toString('base64'),
    },
    { name: 'print-edition.pdf', type: 'application/pdf', base64: Buffer.from(pdf).toString('base64') },
  ])
  await addReviewedFiles(page)
  await expect(
    page.getByRole('article', { name: 'Ministers fail to agree on talks invitations' }),
  ).toBeVisible()
  // A PDF whose first line is not a headline is named after its file.
  await expect(page.getByRole('article', { name: 'print-edition' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2)
  await saveScreenshot(page, testInfo, 'import-docx-pdf-drop')

  await page
    .getByRole('button', { name: 'Edit Unknown outlet: Ministers fail to agree on talks invitations' })
    .click()
  expect(await page.getByRole('dialog').getByLabel('Text').inputValue()).toBe(
    'Ministers fail to agree on talks invitations\n\n' +
      'Foreign ministers meeting in Zurich failed on Wednesday to agree on the list of opposition delegates.\n\n' +
      'The talks in Geneva are still planned for January 25, a spokesman for the envoy said.',
  )
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: 'Edit Unknown outlet: print-edition' }).click()
  // The PDF's wrapped layout lines arrive rejoined into whole paragraphs.
  expect(await page.getByRole('dialog').getByLabel('Text').inputValue()).toBe(
    'Zurich meeting ends without a list of delegates for the Syria peace talks, leaving the envoy waiting for ' +
      'word from both capitals.\n\nOfficials said the talks in Geneva were still planned for January 25 despite ' +
      'the disagreement.',
  )
  guard.assertClean()
})

test('empty, binary, unsupported and oversized files are refused and nothing loaded is lost', async ({
  page,
  baseURL,
}, testInfo) => {
  // Reading a 21 MB file to refuse it is slow work for a loaded machine: more time, same checks.
  test.slow()
  const guard = await openWorkspace(page, baseURL)
  await expect(page.getByRole('article')).toHaveCount(2)
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Article files').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
    },
    { name: 'sheet.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 zip') },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 'a') },
    {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Short note\n\nA line of plain text that arrives.'),
    },
  ])
  await addReviewedFiles(page)
  const problems = page.getByRole('list', { name: 'Import problems' })
  await expect(problems.getByText('empty.txt is empty.')).toBeVisible()
  await expect(problems.getByText('photo.txt is not a text file (it holds binary data).')).toBeVisible()
  await expect(
    problems.getByText(/sheet\.xlsx is not a file Crosscheck reads; use \.txt, \.md/),
  ).toBeVisible()
  await expect(problems.getByText(/huge\.txt is 21\.0 MB; Crosscheck opens files up to 20 MB/)).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(3)
  await expect(page.getByRole('article', { name: 'Short note' })).toBeVisible()
  await saveScreenshot(page, testInfo, 'import-refused-files')
  await expectNoAxeViolations(page, 'import problems listed')
  guard.assertClean()
})
