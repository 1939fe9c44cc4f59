import { existsSync } from 'node:fs'

/**
 * The Chromium the browser tests and benches launch: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else undefined for Playwright's own browser (`npx playwright install
 * chromium` on an ordinary laptop).
 */
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
)

/** Flags for a quiet, sandbox-free Chromium that makes no requests of its own. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
