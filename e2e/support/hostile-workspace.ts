import { expect, type Page } from '@playwright/test'
import { pasteInto } from './workspace-helpers.ts'

/** Pastes plain text as a new article, optionally naming it, and adds it to the comparison. */
export async function addPastedArticle(page: Page, text: string, title?: string) {
  await page.getByRole('button', { name: 'Add article' }).click()
  await pasteInto(page, 'Paste an article', { text })
  const review = page.getByRole('dialog', { name: 'Check the new article' })
  if (title !== undefined) await review.getByLabel('Title').fill(title)
  await review.getByRole('button', { name: 'Add to comparison' }).click()
  await expect(review).toBeHidden()
}

/**
 * Pastes `pattern` repeated to `length` characters into the paste field, built inside the page so
 * megabytes do not cross the test protocol. Returns how long the page took to handle the paste.
 */
export async function pasteGenerated(page: Page, pattern: string, length: number): Promise<number> {
  const field = page.getByLabel('Paste an article')
  await field.focus()
  return field.evaluate(
    (element, { pattern, length }) => {
      const text = pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length)
      const data = new DataTransfer()
      data.setData('text/plain', text)
      const start = performance.now()
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
      return performance.now() - start
    },
    { pattern, length },
  )
}

/**
 * An article's column, brought side by side first when the view left it out (at most as many
 * columns as fit are shown; the "Side by side" row names the others, by outlet or else by title).
 */
export async function showColumn(page: Page, title: string | RegExp, name: string | RegExp = title) {
  const column = page.getByRole('article', { name: title })
  const chooser = page.getByRole('region', { name: 'Side by side' })
  // Columns appear a moment after an import: wait for the column, or for its button in the chooser.
  await expect(async () => {
    if ((await column.count()) > 0) return
    const button = chooser.getByRole('button', { name })
    if ((await button.count()) > 0) await button.first().click()
    expect(await column.count()).toBeGreaterThan(0)
  }).toPass({ timeout: 15_000 })
  await expect(column).toBeVisible()
  return column
}

/** Unfolds the article bar (from five articles it shows a count, its first chips and "Show all"). */
export async function showAllChips(page: Page) {
  const showAll = page.getByRole('button', { name: 'Show all' })
  if ((await showAll.count()) > 0) await showAll.click()
}

/** Waits until the comparison holds this many articles, whether or not all are shown side by side. */
export async function expectArticleCount(page: Page, count: number, timeout = 15_000) {
  await expect(async () => {
    const shown = await page.getByRole('article').count()
    const chooser = page.getByRole('region', { name: 'Side by side' })
    const summary = (await chooser.count()) > 0 ? ((await chooser.textContent()) ?? '') : ''
    expect(shown === count || summary.includes(` of ${count} side by side`)).toBe(true)
  }).toPass({ timeout })
}

/** The text of every segment shown in one article column, joined by newlines. */
export async function columnText(page: Page, title: string): Promise<string> {
  const segments = (await showColumn(page, title)).locator('[data-segment-id]')
  return (await segments.allTextContents()).join('\n')
}
