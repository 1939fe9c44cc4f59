import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Component tests run in jsdom (a per-file `@vitest-environment jsdom` comment); unmount between tests.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
})
