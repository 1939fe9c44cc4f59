/** A text sink the CLI writes to: `process.stdout` in production, a buffer in tests. */
export interface TextOutput {
  /** Writes a chunk; false means the buffer is full and the writer should wait for `drain`. */
  write(chunk: string): boolean
  /** Registers a one-time listener, used to wait for `drain`. */
  once(event: 'drain', listener: () => void): unknown
}

/** The streams the CLI reads and writes, injected so tests can run `main()` in-process. */
export interface CliStreams {
  /** Where batch requests come from. */
  stdin: AsyncIterable<string | Uint8Array>
  /** Reports and usage. */
  stdout: TextOutput
  /** One-line error messages. */
  stderr: TextOutput
}

/** The real process streams. */
export function processStreams(): CliStreams {
  // `crosscheck batch | head` closes the pipe early: stop quietly, as Unix tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }
}

/** Writes text and waits for the sink to drain when it is full, so a long batch never buffers all output. */
export async function writeText(output: TextOutput, text: string): Promise<void> {
  if (output.write(text)) return
  await new Promise<void>((resolve) => output.once('drain', resolve))
}
