import { defineConfig, devices } from '@playwright/test'
import { chromiumFlags, systemChromium } from './e2e/support/chromium.ts'

/**
 * Browser tests run against the production build served by `vite preview`.
 * Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser
 * (`npx playwright install chromium` on an ordinary laptop).
 */
// $CROSSCHECK_E2E_PORT lets several checkouts on one machine run their browser tests at once.
const port = Number(process.env.CROSSCHECK_E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Slow browser benchmarks are opt-in: `npm run bench:browser`.
  testIgnore: process.env.CROSSCHECK_BROWSER_BENCH ? [] : ['**/*.bench.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [
    ['list'],
    ['json', { outputFile: 'reports/playwright.json' }],
    ['html', { outputFolder: 'reports/playwright-html', open: 'never' }],
  ],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: systemChromium
      ? { executablePath: systemChromium, args: chromiumFlags }
      : { args: chromiumFlags },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
