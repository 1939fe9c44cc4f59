import { type BuildContext, context } from 'esbuild'
import type { Plugin } from 'vite'

/**
 * Serves a Web Worker as one bundle on the dev server, built by esbuild, instead of Vite's
 * module-by-module serving. The comparison worker imports about 250 engine modules; served one by
 * one they arrive in a waterfall (each module's imports are found only once it has loaded), and on
 * the 2-core machine this project is measured on the last of them arrived 2.1 s after the first,
 * so a newcomer's `npm run dev` showed the demo about 3 s after navigation. The worker needs no
 * hot reload (a changed engine means a new worker anyway): the bundle is rebuilt incrementally
 * whenever a source file changes, and the next page load gets it. The production build is untouched.
 *
 * `entry` is the worker's path from the project root (`src/worker/compare.worker.ts`), as the dev
 * server's URL for it begins.
 */
export function devWorkerBundle(entry: string): Plugin {
  let build: BuildContext | null = null
  // The current bundle's code, or null when a source changed since it was built.
  let latest: Promise<string> | null = null
  const bundle = (): Promise<string> => {
    const built = (build as BuildContext).rebuild().then((result) => result.outputFiles?.[0]?.text ?? '')
    // A failed build is reported when the worker is asked for, not as an unhandled rejection here.
    built.catch(() => undefined)
    return built
  }
  return {
    name: 'crosscheck-dev-worker-bundle',
    // Only the dev server: not the build, nor Vitest's server (mode `test`), which has no page to serve.
    apply: (_config, env) => env.command === 'serve' && env.mode !== 'test',
    async configureServer(server) {
      build = await context({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        sourcemap: 'inline',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
      })
      // Built as the server starts, so the first page load does not wait for it; rebuilt when asked
      // for after a source file changed.
      latest = bundle()
      const stale = (file: string) => {
        if (file.startsWith(`${server.config.root}/src/`)) latest = null
      }
      server.watcher.on('change', stale)
      server.watcher.on('add', stale)
      server.watcher.on('unlink', stale)
      server.httpServer?.once('close', () => void build?.dispose())
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${entry}`) return next()
        latest ??= bundle()
        latest.then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript')
            response.setHeader('Cache-Control', 'no-cache')
            response.end(code)
          },
          (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
        )
      })
    },
  }
}
