// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { AddArticleDialog } from './AddArticleDialog.tsx'

function paste(field: HTMLElement, data: Record<string, string>) {
  fireEvent.paste(field, { clipboardData: { getData: (type: string) => data[type] ?? '' } })
}

describe('AddArticleDialog', () => {
  test('a paste is reviewed with its prefilled title, corrected, then added', async () => {
    const onAdd = vi.fn()
    render(<AddArticleDialog onAdd={onAdd} onFiles={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: '+ Add article' }))
    const field = screen.getByLabelText('Paste an article')
    paste(field, { 'text/plain': 'Talks stall in Zurich\n\nDiplomats met on Wednesday.' })

    const title = await screen.findByLabelText('Title')
    expect(title).toHaveValue('Talks stall in Zurich')
    expect(screen.getByText('Text found: 8 words')).toBeInTheDocument()
    // Nothing pasted ever lands in the text area.
    await userEvent.type(screen.getByLabelText('Outlet'), 'Reuters')
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '2016-01-20' } })
    await userEvent.click(screen.getByRole('button', { name: 'Add to comparison' }))
    expect(onAdd).toHaveBeenCalledWith([
      {
        text: 'Talks stall in Zurich\n\nDiplomats met on Wednesday.',
        title: 'Talks stall in Zurich',
        source: 'Reuters',
        published: '2016-01-20',
        url: null,
      },
    ])
  })

  test('an empty paste is refused with a reason and nothing is added', async () => {
    const onAdd = vi.fn()
    render(<AddArticleDialog onAdd={onAdd} onFiles={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: '+ Add article' }))
    paste(screen.getByLabelText('Paste an article'), { 'text/plain': '   \n ' })
    expect(await screen.findByRole('alert')).toHaveTextContent('The pasted text has no text in it.')
    expect(onAdd).not.toHaveBeenCalled()
  })

  test('picked files are handed over and the dialog closes', async () => {
    const onFiles = vi.fn()
    render(<AddArticleDialog onAdd={vi.fn()} onFiles={onFiles} />)
    await userEvent.click(screen.getByRole('button', { name: '+ Add article' }))
    const file = new File(['Headline\n\nBody.'], 'story.txt', { type: 'text/plain' })
    await userEvent.upload(screen.getByLabelText('Article files'), file)
    expect(onFiles).toHaveBeenCalledWith([file])
    await waitFor(() => expect(screen.queryByLabelText('Paste an article')).not.toBeInTheDocument())
  })
})
