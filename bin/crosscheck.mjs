#!/usr/bin/env node
// Runs the compiled CLI (dist-cli/, built by `npm install`'s prepare step: `npm run build:cli`),
// so a run starts in milliseconds instead of transpiling TypeScript first.
import { setFlagsFromString } from 'node:v8'
import { CLI_V8_FLAGS } from './v8-flags.mjs'

// Before any of the engine is compiled, so every function and every batch worker runs under them.
for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag)
let main
try {
  ;({ main } = await import('../dist-cli/main.mjs'))
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli')) throw error
  process.stderr.write('crosscheck: the CLI is not built; run npm run build:cli (npm install does it)\n')
  process.exit(2)
}
process.exitCode = await main(process.argv.slice(2))
