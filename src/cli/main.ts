import { availableParallelism } from 'node:os'
import { CliError } from './cli-error.ts'
import { type CliStreams, processStreams, writeText } from './cli-streams.ts'
import { parseArgs } from './parse-args.ts'
import { usage } from './usage.ts'

/** The command-line entry; returns the process exit code. */
export async function main(args: string[], streams: CliStreams = processStreams()): Promise<number> {
  try {
    // The default --jobs: every core the machine offers this process.
    const command = parseArgs(args, availableParallelism())
    if (command.kind === 'help') {
      await writeText(streams.stdout, usage)
      return 0
    }
    // Each command loads what it needs: a batch pool's main thread never compares, so it does not
    // pay the engine's start-up, which its workers pay each for themselves.
    if (command.kind === 'batch') {
      const { runBatch } = await import('./run-batch.ts')
      return (await runBatch(streams, command)).exitCode
    }
    const { compareFiles } = await import('./compare-files.ts')
    await writeText(streams.stdout, await compareFiles(command.files, command.format))
    return 0
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    await writeText(streams.stderr, `crosscheck: ${error.message.replace(/\s+/g, ' ')}\n`)
    return error.exitCode
  }
}
