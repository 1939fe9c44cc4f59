import { CliError } from './cli-error.ts'

/** How `compare` prints its report. */
export type ReportFormat = 'json' | 'markdown'

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'compare'; format: ReportFormat; files: string[] }
  | ({ kind: 'batch' } & BatchOptions)

/** How `batch` runs. */
export interface BatchOptions {
  /** Requests compared at once: 1 runs them one by one on the main thread, more on worker threads. */
  jobs: number
  /** Per-request time limit on a worker thread, milliseconds. */
  timeoutMs: number
  /** No progress line on stderr even when it is a terminal. */
  quiet: boolean
}

/**
 * The default per-request limit: three times the engine's own 20 s time budget, so only a request
 * that is stuck (or far beyond the engine's limits) is stopped.
 */
export const DEFAULT_TIMEOUT_MS = 60_000

const FORMATS: readonly ReportFormat[] = ['json', 'markdown']

/** Parses the arguments after `crosscheck`; throws a `CliError` for bad usage. */
export function parseArgs(args: string[], defaultJobs = 1): Command {
  const optionEnd = args.indexOf('--')
  const options = optionEnd === -1 ? args : args.slice(0, optionEnd)
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' }
  const [command, ...rest] = args
  if (command === undefined) throw new CliError('missing command (compare or batch); see crosscheck --help')
  if (command === 'help') return { kind: 'help' }
  if (command === 'batch') return parseBatchArgs(rest, defaultJobs)
  if (command === 'compare') return parseCompareArgs(rest)
  throw new CliError(`unknown command "${command}"; see crosscheck --help`)
}

/** Parses `compare`'s flags and files; flags may come anywhere before a `--`. */
function parseCompareArgs(args: string[]): Command {
  let format: ReportFormat = 'json'
  const files: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (arg === '--') {
      files.push(...args.slice(index + 1))
      break
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++index] : arg.slice('--format='.length)
      if (value === undefined) throw new CliError('--format needs a value: json or markdown')
      format = toFormat(value)
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option "${arg}"; see crosscheck --help`)
    } else {
      files.push(arg)
    }
  }
  if (files.length < 2) {
    throw new CliError(`compare needs at least 2 files, got ${files.length}; see crosscheck --help`)
  }
  return { kind: 'compare', format, files }
}

/** Parses `batch`'s flags: `--jobs N`, `--timeout-ms N`, `--quiet`; it takes no files. */
function parseBatchArgs(args: string[], defaultJobs: number): Command {
  const options: BatchOptions = { jobs: defaultJobs, timeoutMs: DEFAULT_TIMEOUT_MS, quiet: false }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    const flag = arg.split('=')[0] ?? ''
    if (arg === '--quiet') {
      options.quiet = true
    } else if (flag === '--jobs' || flag === '--timeout-ms') {
      const value = arg.includes('=') ? arg.slice(flag.length + 1) : args[++index]
      const number = toPositiveInteger(flag, value)
      if (flag === '--jobs') options.jobs = number
      else options.timeoutMs = number
    } else if (arg.startsWith('-')) {
      throw new CliError(`unknown option "${arg}"; see crosscheck --help`)
    } else {
      throw new CliError(`batch takes no arguments, got "${arg}"; it reads stdin`)
    }
  }
  return { kind: 'batch', ...options }
}

/** Checks a whole number ≥ 1 given to a flag. */
function toPositiveInteger(flag: string, value: string | undefined): number {
  if (value === undefined) throw new CliError(`${flag} needs a value: a whole number of at least 1`)
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new CliError(`${flag} must be a whole number of at least 1, got "${value}"`)
  }
  return number
}

/** Checks a `--format` value. */
function toFormat(value: string): ReportFormat {
  const format = FORMATS.find((candidate) => candidate === value)
  if (format === undefined) throw new CliError(`unknown format "${value}"; use json or markdown`)
  return format
}
