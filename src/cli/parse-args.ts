import { CliError } from './cli-error.ts'

/** How `compare` prints its report. */
export type ReportFormat = 'json' | 'markdown'

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'compare'; format: ReportFormat; files: string[] }
  | { kind: 'batch' }

const FORMATS: readonly ReportFormat[] = ['json', 'markdown']

/** Parses the arguments after `crosscheck`; throws a `CliError` for bad usage. */
export function parseArgs(args: string[]): Command {
  const optionEnd = args.indexOf('--')
  const options = optionEnd === -1 ? args : args.slice(0, optionEnd)
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' }
  const [command, ...rest] = args
  if (command === undefined) throw new CliError('missing command (compare or batch); see crosscheck --help')
  if (command === 'help') return { kind: 'help' }
  if (command === 'batch') {
    if (rest.length > 0) throw new CliError(`batch takes no arguments, got "${rest[0]}"; it reads stdin`)
    return { kind: 'batch' }
  }
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

/** Checks a `--format` value. */
function toFormat(value: string): ReportFormat {
  const format = FORMATS.find((candidate) => candidate === value)
  if (format === undefined) throw new CliError(`unknown format "${value}"; use json or markdown`)
  return format
}
