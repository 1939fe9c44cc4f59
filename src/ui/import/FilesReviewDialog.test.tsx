// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { FilesReviewDialog } from './FilesReviewDialog.tsx'
import { useArticleImport } from './use-article-import.ts'

/** A dropped file as the importer reads it. */
function textFile(name: string, text: string) {
  const bytes = new TextEncoder().encode(text)
  return { name, type: 'text/plain', size: bytes.byteLength, arrayBuffer: async () => bytes.buffer }
}

/** The hook and the dialog as the app wires them, with a button that drops the given files. */
function Harness({
  files,
  onAdd,
}: {
  files: ReturnType<typeof textFile>[]
  onAdd(drafts: ArticleDraft[]): void
}) {
  const imports = useArticleImport(onAdd, vi.fn())
  return (
    <>
      <button type="button" onClick={() => void imports.importFiles(files)}>
        Drop
      </button>
      <FilesReviewDialog
        files={imports.review}
        onEdit={imports.editReviewed}
        onLeaveOut={imports.leaveOut}
        onAddAll={imports.addReviewed}
        onCancel={imports.cancelReview}
      />
    </>
  )
}

describe('FilesReviewDialog', () => {
  test('every file waits as a row with detected fields; edits and leaving out reach "Add all"', async () => {
    const onAdd = vi.fn()
    const files = [
      textFile('cnn-2016-01-20-talks.txt', 'Talks stall\n\nDiplomats met in Zurich.'),
      textFile('wire.txt', 'Quake kills five\n\nJAKARTA (Reuters) - A quake struck.'),
      textFile('notes.txt', 'Notes on the talks\n\nNothing agreed.'),
    ]
    render(<Harness files={files} onAdd={onAdd} />)
    await userEvent.click(screen.getByRole('button', { name: 'Drop' }))
    const rows = await screen.findAllByRole('group', {}, { timeout: 10_000 })
    expect(rows).toHaveLength(3)
    expect(onAdd).not.toHaveBeenCalled()
    const [cnn, wire, notes] = rows as [HTMLElement, HTMLElement, HTMLElement]
    expect(within(cnn).getByLabelText('Outlet')).toHaveValue('CNN')
    expect(within(cnn).getByLabelText('Publication date')).toHaveValue('2016-01-20')
    expect(within(wire).getByLabelText('Outlet')).toHaveValue('Reuters')
    await userEvent.type(within(notes).getByLabelText('Outlet'), 'Ledger')
    await userEvent.click(within(wire).getByRole('button', { name: 'Leave out wire.txt' }))
    await waitFor(() => expect(screen.getAllByRole('group')).toHaveLength(2))
    await userEvent.click(screen.getByRole('button', { name: 'Add all 2' }))
    expect(onAdd).toHaveBeenCalledWith([
      {
        text: 'Talks stall\n\nDiplomats met in Zurich.',
        title: 'Talks stall',
        source: 'CNN',
        published: '2016-01-20',
        url: null,
      },
      {
        text: 'Notes on the talks\n\nNothing agreed.',
        title: 'Notes on the talks',
        source: 'Ledger',
        published: null,
        url: null,
      },
    ])
    expect(screen.queryAllByRole('group')).toHaveLength(0)
  })

  test('cancelling adds nothing', async () => {
    const onAdd = vi.fn()
    render(<Harness files={[textFile('a.txt', 'A story\n\nText.')]} onAdd={onAdd} />)
    await userEvent.click(screen.getByRole('button', { name: 'Drop' }))
    await screen.findByRole('group', {}, { timeout: 10_000 })
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryAllByRole('group')).toHaveLength(0)
    expect(onAdd).not.toHaveBeenCalled()
  })
})
