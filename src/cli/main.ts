import { availableParallelism } from 'node:os'
import { CliError } from './cli-error.ts'
import { type CliStreams, processStreams, writeText } from './cli-streams.ts'
import { compareFiles } from './compare-files.ts'
import { parseArgs } from './parse-args.ts'
import { runBatch } from './run-batch.ts'
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
    if (command.kind === 'batch') return (await runBatch(streams, command)).exitCode
    await writeText(streams.stdout, await compareFiles(command.files, command.format))
    return 0
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    await writeText(streams.stderr, `crosscheck: ${error.message.replace(/\s+/g, ' ')}\n`)
    return error.exitCode
  }
}
