/**
 * A failure the user can fix (bad usage, an unreadable or unsupported file): printed as one line
 * on stderr, exit code 2. Anything else that throws is a bug and keeps its stack.
 */
export class CliError extends Error {
  /** The exit code: 2, like most Unix tools for usage errors. */
  readonly exitCode = 2
}
