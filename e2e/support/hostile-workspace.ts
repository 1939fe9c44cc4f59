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

/** The text of every segment shown in one article column, joined by newlines. */
export async function columnText(page: Page, title: string): Promise<string> {
  const segments = page.getByRole('article', { name: title }).locator('[data-segment-id]')
  return (await segments.allTextContents()).join('\n')
}
