import { expect, type Page, type TestInfo } from '@playwright/test'

/**
 * Records console errors, failed requests and any request that leaves the app's origin,
 * including the worker's; `assertClean` fails the test if any happened.
 */
export function guardPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin
  const consoleErrors: string[] = []
  const failedRequests: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()} ${request.failure()?.errorText}`),
  )
  page.context().on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreignRequests.push(url)
  })
  return {
    /**
     * `ignoreConsole` leaves out console errors a test has already judged (the hostile-input suite's
     * known CSP reports from inert parsing); failed and foreign requests count unless `requested`
     * names them as the addresses the person asked to load.
     */
    assertClean(options: { ignoreConsole?: RegExp; requested?: RegExp } = {}) {
      const { ignoreConsole, requested } = options
      const counted = ignoreConsole
        ? consoleErrors.filter((text) => !ignoreConsole.test(text))
        : consoleErrors
      // `requested`: addresses the person typed and asked to load (URL import), the one exception.
      const unasked = (list: string[]) => (requested ? list.filter((url) => !requested.test(url)) : list)
      expect(counted, 'console errors').toEqual([])
      expect(unasked(failedRequests), 'failed requests').toEqual([])
      expect(unasked(foreignRequests), 'requests that left the origin').toEqual([])
    },
  }
}

/** Saves a full-page screenshot into reports/screenshots, where a person can open it. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = `reports/screenshots/${name}.png`
  await page.screenshot({ path, fullPage: false })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
