/** One sentence saying why saving failed, and that nothing on screen was lost. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  const reason =
    name === 'QuotaExceededError'
      ? 'the browser’s storage for this site is full'
      : name === 'InvalidStateError' || name === 'SecurityError'
        ? 'this browser window does not allow storage (a private window?)'
        : error instanceof Error && error.message
          ? error.message.replace(/\.$/, '')
          : 'the browser refused to store it'
  return `Not saved: ${reason}. Your work is still open here; export it as JSON to keep a copy.`
}
