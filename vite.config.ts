/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { prebuiltTaggerModelVite } from './scripts/tagger-model/prebuilt-tagger-model.mjs'
import { devWorkerBundle } from './scripts/vite/dev-worker-bundle.ts'

/**
 * The Content-Security-Policy the app runs under. It is sent as a header by `vite preview`
 * (a <meta> policy does not bind a worker loaded from a URL) and injected as a <meta> tag into
 * the built page as a fallback for static hosts. `connect-src` adds `https:` for one thing only:
 * loading an article from a web address the person typed and confirmed with Load, which works when
 * that site allows other sites to read it (CORS). No other code fetches, scripts run only from this
 * origin, and images, fonts and frames stay same-origin, so nothing else can leave the page; the
 * privacy journeys check that no request leaves the origin unless the person asked for that URL.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** Adds the CSP <meta> tag to the production page only: the dev server injects inline scripts. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'crosscheck-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicyMeta(),
    devWorkerBundle('src/worker/compare.worker.ts'),
  ],
  // The worker's tagger model comes expanded at build time (see prebuilt-tagger-model.mjs).
  worker: { format: 'es', plugins: () => [prebuiltTaggerModelVite()] },
  server: {
    // The dev server transforms the app's modules as it starts, instead of one by one as the
    // browser asks for them; the comparison worker comes as one bundle (devWorkerBundle).
    warmup: { clientFiles: ['./src/main.tsx'] },
  },
  // The page's dependencies only: the worker's (compromise, chrono-node, diff-match-patch…) come
  // inside its own esbuild bundle (devWorkerBundle), so pre-bundling them again only delayed the
  // first page load of a fresh server.
  optimizeDeps: { entries: ['index.html'] },
  build: { target: 'es2022', reportCompressedSize: true },
  preview: {
    headers: {
      'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // The CLI's child-process and worker-thread tests run the bundle: build it from the current source.
    globalSetup: ['scripts/build-cli.mjs'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
