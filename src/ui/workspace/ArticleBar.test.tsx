// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { ArticleBar } from './ArticleBar.tsx'
import { ArticleCountHint } from './ArticleCountHint.tsx'

const articles = [
  { id: 'aj', text: 'A', title: 'US and Russia fail to agree', source: 'Al Jazeera' },
  { id: 'cnn', text: 'B', title: 'Kerry, Lavrov meet', source: 'CNN', published: '2016-01-20' },
]

function renderBar() {
  const handlers = { onUpdate: vi.fn(), onMove: vi.fn(), onRemove: vi.fn() }
  render(
    <ArticleBar articles={articles} {...handlers}>
      <button type="button">+ Add article</button>
    </ArticleBar>,
  )
  return handlers
}

describe('ArticleBar', () => {
  test('lists the articles in column order with outlet and title', () => {
    renderBar()
    const items = within(screen.getByRole('region', { name: 'Articles' })).getAllByRole('listitem')
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Al Jazeera: US and Russia fail to agree',
      'CNN: Kerry, Lavrov meet',
    ])
  })

  test('moves and removes; the ends cannot move further', async () => {
    const { onMove, onRemove } = renderBar()
    expect(
      screen.getByRole('button', { name: 'Move Al Jazeera: US and Russia fail to agree left' }),
    ).toBeDisabled()
    await userEvent.click(screen.getByRole('button', { name: 'Move CNN: Kerry, Lavrov meet left' }))
    expect(onMove).toHaveBeenCalledWith('cnn', -1)
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove Al Jazeera: US and Russia fail to agree' }),
    )
    expect(onRemove).toHaveBeenCalledWith('aj')
  })

  test('edits metadata in a dialog; blank fields are saved as unknown', async () => {
    const { onUpdate } = renderBar()
    await userEvent.click(screen.getByRole('button', { name: 'Edit CNN: Kerry, Lavrov meet' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit “Kerry, Lavrov meet”' })
    expect(within(dialog).getByLabelText('Publication date')).toHaveValue('2016-01-20')
    await userEvent.clear(within(dialog).getByLabelText('Outlet'))
    await userEvent.type(within(dialog).getByLabelText('URL'), 'https://cnn.example/x')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    expect(onUpdate).toHaveBeenCalledWith('cnn', {
      text: 'B',
      title: 'Kerry, Lavrov meet',
      source: null,
      published: '2016-01-20',
      url: 'https://cnn.example/x',
    })
  })

  test('from five articles, the bar gives their count and folds the rest behind Show all', async () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      id: `a${i}`,
      text: 'x',
      title: `Story ${i}`,
      source: `Outlet ${i}`,
    }))
    render(
      <ArticleBar articles={many} onUpdate={vi.fn()} onMove={vi.fn()} onRemove={vi.fn()}>
        <button type="button">+ Add article</button>
      </ArticleBar>,
    )
    const bar = screen.getByRole('region', { name: 'Articles' })
    expect(bar).toHaveTextContent('6 articles')
    const items = within(bar).getAllByRole('listitem')
    const folded = (item: HTMLElement) =>
      item.className.split(' ').find((name) => name.endsWith('hidden')) ?? ''
    expect(items.map(folded)).toEqual([
      'max-md:hidden',
      'max-md:hidden',
      'max-md:hidden',
      'max-xl:hidden',
      'hidden',
      'hidden',
    ])
    await userEvent.click(within(bar).getByRole('button', { name: 'Show all' }))
    expect(within(bar).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true')
    expect(items.map(folded).filter(Boolean)).toEqual([])
  })

  test('with one article, the hint says a second is needed', () => {
    render(<ArticleCountHint count={1} />)
    expect(screen.getByText('One article so far: add another to compare')).toBeInTheDocument()
  })
})
