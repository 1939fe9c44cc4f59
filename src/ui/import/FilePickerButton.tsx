import { useRef } from 'react'
import { acceptedFileTypes } from '../../import/file-kind.ts'
import { quietButton } from '../workspace/button-styles.ts'

export interface FilePickerButtonProps {
  onFiles(files: File[]): void
}

/** Opens the system file picker for several articles at once. */
export function FilePickerButton({ onFiles }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" className={quietButton} onClick={() => input.current?.click()}>
        Choose files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={acceptedFileTypes}
        aria-label="Article files"
        className="hidden"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          event.target.value = ''
          onFiles(files)
        }}
      />
    </>
  )
}
