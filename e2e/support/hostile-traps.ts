import { expect, type Page } from '@playwright/test'
import { guardPage } from '../network-guard.ts'
import { waitForSaved } from './workspace-helpers.ts'

/** What a page may do that proves an injected script ran, or that the CSP had to stop one. */
export interface ScriptTraps {
  /** Payload numbers whose `window.__xss(n)` ran, in any frame. */
  hits: number[]
  /** Content-Security-Policy violations the page reported: `directive blocked-uri sample`. */
  violations: string[]
  /** Messages of alert/confirm/prompt dialogs, which no payload may open. */
  dialogs: string[]
  /** Waits for stray image errors and timers to fire, then fails if any trap was sprung. */
  assertNothingRan(label: string): Promise<void>
  /** Fails on injected markup in the page (`expectNoInjectedMarkup`), then as `assertNothingRan`. */
  assertNoInjection(label: string): Promise<void>
}

/**
 * Arms the page before it loads: `window.__xss(n)` reports to the test from any frame, every
 * `securitypolicyviolation` event is collected, and any dialog is recorded (and dismissed).
 * Call before `page.goto`; the traps also arm pages the test later opens with `setContent`.
 */
export async function armScriptTraps(page: Page): Promise<ScriptTraps> {
  const hits: number[] = []
  const violations: string[] = []
  const dialogs: string[] = []
  await page.exposeFunction('__xssReport', (n: number) => hits.push(n))
  await page.exposeFunction('__cspReport', (line: string) => violations.push(line))
  await page.addInitScript(() => {
    const report = window as unknown as {
      __xss: (n: number) => void
      __xssReport: (n: number) => void
      __cspReport: (line: string) => void
    }
    report.__xss = (n: number) => void report.__xssReport(n)
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        void report.__cspReport(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
      true,
    )
  })
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const assertNothingRan = async (label: string) => {
    await page.waitForTimeout(300)
    expect(hits, `payloads that ran (${label})`).toEqual([])
    expect(dialogs, `dialogs opened (${label})`).toEqual([])
    expect(violations, `CSP violations (${label})`).toEqual([])
  }
  return {
    hits,
    violations,
    dialogs,
    assertNothingRan,
    async assertNoInjection(label) {
      await expectNoInjectedMarkup(page, label)
      await assertNothingRan(label)
    },
  }
}

/** Elements and attributes that only injected markup would bring into the app's live page. */
const injectedSelector = [
  'script:not([src])',
  'iframe',
  'object',
  'embed',
  'frameset',
  'base',
  'meta[http-equiv="refresh" i]',
  'math',
  'svg animate',
  'svg set',
  'svg foreignObject',
  '[onerror]',
  '[onload]',
  '[onfocus]',
  '[onmouseover]',
  '[ontoggle]',
  '[onbegin]',
  '[onstart]',
  '[srcdoc]',
  '[formaction]',
  'a[href^="javascript:" i]',
  'a[href^="data:" i]',
].join(', ')

/** Fails when any element that only injected markup could create is present in the page. */
export async function expectNoInjectedMarkup(page: Page, label: string) {
  const found = await page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((element) => element.outerHTML.slice(0, 120)),
    injectedSelector,
  )
  expect(found, `injected elements (${label})`).toEqual([])
}

/** Opens the app with the network guard and the script traps armed, once its workspace is saved. */
export async function openTrappedApp(page: Page, baseURL: string | undefined) {
  const guard = guardPage(page, baseURL ?? '')
  const traps = await armScriptTraps(page)
  await page.goto('/')
  await waitForSaved(page)
  return { guard, traps }
}
