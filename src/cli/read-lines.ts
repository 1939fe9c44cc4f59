/**
 * Splits a byte or text stream into lines (without `\n` or `\r\n`), one at a time, so batch mode
 * holds only the current line. UTF-8 is decoded across chunk boundaries; a leading BOM is dropped.
 */
export async function* readLines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline = pending.indexOf('\n')
    while (newline !== -1) {
      yield stripCarriageReturn(pending.slice(0, newline))
      pending = pending.slice(newline + 1)
      newline = pending.indexOf('\n')
    }
  }
  pending += decoder.decode()
  if (pending !== '') yield stripCarriageReturn(pending)
}

/** Drops the `\r` of a Windows line ending. */
function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
