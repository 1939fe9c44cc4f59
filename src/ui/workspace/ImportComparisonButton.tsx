import { useRef, useState } from 'react'
import { type ComparisonPayload, parseComparison } from '../../export/comparison-file.ts'
import { quietButton } from './button-styles.ts'

export interface ImportComparisonButtonProps {
  onImport(payload: ComparisonPayload): void
}

/** The largest JSON export read back (50 MB). */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Opens a JSON export as a new comparison; a file that is not one is refused with the reason. */
export function ImportComparisonButton({ onImport }: ImportComparisonButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const read = async (file: File) => {
    setError(null)
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error('it is larger than 50 MB')
      onImport(parseComparison(await file.text()))
    } catch (caught) {
      setError(
        `${file.name} could not be imported: ${caught instanceof Error ? caught.message : 'unreadable'}.`,
      )
    }
  }
  return (
    <div>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Open a comparison exported as JSON (it opens as a new saved comparison).
      </p>
      <button type="button" className={quietButton} onClick={() => input.current?.click()}>
        Import JSON…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Comparison JSON file"
        className="hidden"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void read(file)
        }}
      />
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  )
}
