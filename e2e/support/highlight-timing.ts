import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** When the first frame showing a discrepancy's highlight began (ms after navigation). */
    __highlightedAt: number | undefined
  }
}

/** The console line the page writes when the demo's highlight is painted. */
const HIGHLIGHTED = 'crosscheck-bench: demo highlighted'

/**
 * Times the demo's highlight in the page, on every navigation of `page`: the first animation frame
 * after a discrepancy is in the DOM, the frame that paints it. Timing it from the test would add
 * Playwright's polling interval (up to hundreds of milliseconds) and a round trip; and
 * `highlightedAfterNavigation` waits for the page's console line, not with a locator, since
 * Playwright's injected script would itself run long tasks on the main thread before the
 * highlight (48-73 ms on a cold load).
 */
export async function timeHighlights(page: Page): Promise<void> {
  await page.addInitScript((line) => {
    window.__highlightedAt = undefined
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-status="discrepancy"]') === null) return
      observer.disconnect()
      requestAnimationFrame((frameStart) => {
        window.__highlightedAt = frameStart
        console.log(line)
      })
    })
    observer.observe(document, { childList: true, subtree: true })
  }, HIGHLIGHTED)
}

/** Navigates to `url` and resolves with how many ms after navigation the highlight was painted. */
export async function highlightedAfterNavigation(page: Page, url: string): Promise<number> {
  const shown = page.waitForEvent('console', {
    predicate: (message) => message.text() === HIGHLIGHTED,
    timeout: 60_000,
  })
  await page.goto(url)
  await shown
  return (await page.evaluate(() => window.__highlightedAt)) ?? Number.NaN
}
