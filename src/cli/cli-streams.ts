/** A text sink the CLI writes to: `process.stdout` in production, a buffer in tests. */
export interface TextOutput {
  /** Writes a chunk; false means the buffer is full and the writer should wait for `drain`. */
  write(chunk: string): boolean
  /** Registers a one-time listener, used to wait for `drain`. */
  once(event: 'drain', listener: () => void): unknown
  /** True when this is a terminal a person watches (progress is drawn only there). */
  isTTY?: boolean
}

/** The streams the CLI reads and writes, injected so tests can run `main()` in-process. */
export interface CliStreams {
  /** Where batch requests come from. */
  stdin: AsyncIterable<string | Uint8Array>
  /** Reports and usage. */
  stdout: TextOutput
  /** One-line error messages, and batch progress when it is a terminal. */
  stderr: TextOutput
  /** Aborted when the person presses Ctrl-C: batch stops reading and writes what is complete. */
  interrupt?: AbortSignal
  /** How many requests the input holds, when stdin is a file; null for a pipe. */
  countRequests?: () => Promise<number | null>
}

/** The real process streams. */
export function processStreams(): CliStreams {
  // `crosscheck batch | head` closes the pipe early: stop quietly, as Unix tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  const interrupt = new AbortController()
  // Only the first Ctrl-C is ours: a second one gets Node's default and ends the process at once.
  process.once('SIGINT', () => {
    interrupt.abort()
    // Stop waiting for input that will not be read, so the process can end.
    process.stdin.destroy()
  })
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    interrupt: interrupt.signal,
    countRequests: () => countFileRequests(0),
  }
}

/**
 * Non-blank lines of the file behind a descriptor, read with positioned reads so the stream that
 * reads stdin is not moved; null when the descriptor is not a regular file (a pipe, a terminal).
 */
export async function countFileRequests(fd: number): Promise<number | null> {
  const { fstatSync, read } = await import('node:fs')
  if (!fstatSync(fd).isFile()) return null
  const buffer = Buffer.alloc(1 << 20)
  let position = 0
  let count = 0
  let lineHasText = false
  for (;;) {
    const bytes = await new Promise<number>((resolve, reject) =>
      read(fd, buffer, 0, buffer.length, position, (error, n) => (error ? reject(error) : resolve(n))),
    )
    if (bytes === 0) break
    for (let i = 0; i < bytes; i++) {
      const byte = buffer[i]
      if (byte === 0x0a) {
        if (lineHasText) count++
        lineHasText = false
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) lineHasText = true
    }
    position += bytes
  }
  return lineHasText ? count + 1 : count
}

/** Writes text and waits for the sink to drain when it is full, so a long batch never buffers all output. */
export async function writeText(output: TextOutput, text: string): Promise<void> {
  if (output.write(text)) return
  await new Promise<void>((resolve) => output.once('drain', resolve))
}
