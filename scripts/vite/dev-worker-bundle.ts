import { type BuildContext, context } from 'esbuild'
import type { Plugin } from 'vite'
import { prebuiltTaggerModelEsbuild } from '../tagger-model/prebuilt-tagger-model.mjs'

/**
 * Serves a Web Worker as one bundle on the dev server, built by esbuild, instead of Vite's
 * module-by-module serving. The comparison worker imports about 250 engine modules; served one by
 * one they arrive in a waterfall (each module's imports are found only once it has loaded), and on
 * the 2-core machine this project is measured on the last of them arrived 2.1 s after the first,
 * so a newcomer's `npm run dev` showed the demo about 3 s after navigation. The worker needs no
 * hot reload (a changed engine means a new worker anyway): the bundle is rebuilt incrementally
 * whenever a source file changes, and the next page load gets it. The production build is untouched.
 * Its source map is served apart (`/<entry>.map`), fetched only when developer tools open: inline,
 * it made the worker's script 5 MB instead of 1.3 MB, which the worker had to load and scan
 * before it could start.
 *
 * `entry` is the worker's path from the project root (`src/worker/compare.worker.ts`), as the dev
 * server's URL for it begins.
 */
export function devWorkerBundle(entry: string): Plugin {
  let build: BuildContext | null = null
  // The current bundle's code and source map, or null when a source changed since it was built.
  let latest: Promise<WorkerBundle> | null = null
  const mapUrl = `/${entry}.map`
  const bundle = (): Promise<WorkerBundle> => {
    const built = (build as BuildContext).rebuild().then((result) => {
      const files = result.outputFiles ?? []
      const code = files.find((file) => !file.path.endsWith('.map'))?.text ?? ''
      const map = files.find((file) => file.path.endsWith('.map'))?.text ?? ''
      return { code: `${code}\n//# sourceMappingURL=${mapUrl}\n`, map }
    })
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
        sourcemap: 'external',
        write: false,
        // esbuild names its output files after this, even though none is written.
        outfile: 'compare-worker-dev.js',
        logLevel: 'silent',
        plugins: [prebuiltTaggerModelEsbuild()],
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
        const path = request.url?.split('?')[0]
        if (path !== `/${entry}` && path !== mapUrl) return next()
        latest ??= bundle()
        latest.then(
          ({ code, map }) => {
            response.setHeader('Content-Type', path === mapUrl ? 'application/json' : 'text/javascript')
            response.setHeader('Cache-Control', 'no-cache')
            response.end(path === mapUrl ? map : code)
          },
          (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
        )
      })
    },
  }
}

/** The worker's bundled code (pointing at its source map) and the map. */
interface WorkerBundle {
  code: string
  map: string
}
