import { expect, type Page } from '@playwright/test'
import { guardPage } from '../network-guard.ts'

/** A third report of the demo's event, as an editor would paste it. */
export const reutersText = [
  'Kerry and Lavrov fail to settle Syria talks guest list',
  '',
  'ZURICH (Reuters) - U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met in ' +
    'Zurich on Wednesday but did not agree on which Syrian opposition groups should attend peace talks.',
  '',
  'The United Nations had planned to open the talks in Geneva on Jan. 25.',
].join('\n')

/** Waits until the workspace has read storage and says the open comparison is saved. */
export async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible()
}

/** Dispatches a paste into the focused paste area, as the clipboard would deliver it. */
export async function pasteInto(page: Page, label: string, content: { text: string; html?: string }) {
  const field = page.getByLabel(label)
  await field.focus()
  await field.evaluate((element, { text, html }) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    if (html) data.setData('text/html', html)
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, content)
}

/** Drops files on the page the way a file manager does: dragenter, dragover, drop on the body. */
export async function dropFiles(page: Page, files: { name: string; type: string; base64: string }[]) {
  await stageDrop(page, files)
  await dispatchDrop(page)
}

/**
 * Confirms the review step that dropped or picked files open, as a person pressing "Add all"
 * (or "Add to comparison" for one file) does, with the fields as they were prefilled.
 */
export async function addReviewedFiles(page: Page) {
  const review = page.getByRole('dialog', { name: /^Check (?:the new article|\d+ new articles)$/ })
  await review.getByRole('button', { name: /^(?:Add all \d+|Add to comparison)$/ }).click()
  await expect(review).toBeHidden()
}

declare global {
  interface Window {
    /** The files `stageDrop` built, waiting for `dispatchDrop`. */
    __stagedDrop?: DataTransfer
  }
}

/**
 * Builds the dropped files in the page, in a task of its own: decoding megabytes of base64 is the
 * test's work, and a benchmark that times the page's main thread must not count it as the app's.
 */
export async function stageDrop(page: Page, files: { name: string; type: string; base64: string }[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer()
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
      data.items.add(new File([bytes], file.name, { type: file.type }))
    }
    window.__stagedDrop = data
  }, files)
}

/** Drops the files `stageDrop` built: dragenter, dragover, drop on the body. */
export async function dispatchDrop(page: Page) {
  await page.evaluate(() => {
    const data = window.__stagedDrop
    if (!data) throw new Error('dispatchDrop without stageDrop')
    window.__stagedDrop = undefined
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      )
    }
  })
}

/** Opens the app under `guardPage` and waits until the last comparison is open and saved; returns the guard. */
export async function openWorkspace(page: Page, baseURL: string | undefined) {
  const guard = guardPage(page, baseURL ?? '')
  await page.goto('/')
  await waitForSaved(page)
  return guard
}

/** Opens the app and starts a new, empty comparison. */
export async function startEmpty(page: Page) {
  await page.goto('/')
  await waitForSaved(page)
  await page.getByRole('button', { name: 'New comparison' }).click()
  await expect(page.getByText('No articles yet')).toBeVisible()
}
