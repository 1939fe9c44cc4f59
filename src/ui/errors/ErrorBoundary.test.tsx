// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './ErrorBoundary.tsx'

/** Throws while `broken.current` is true; the flag lives outside React, like a bad input would. */
const broken = { current: true }

function Fragile({ text }: { text: string }) {
  if (broken.current) throw new Error(`cannot draw ${text}`)
  return <p>Drawn: {text}</p>
}

/** A parent holding workspace-like state that the boundary must never discard. */
function Workspace({ onReload }: { onReload?: () => void }) {
  const [articles, setArticles] = useState(['first article'])
  return (
    <div>
      <ul aria-label="Articles">
        {articles.map((article) => (
          <li key={article}>{article}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setArticles([...articles, 'second article'])}>
        Add
      </button>
      <ErrorBoundary label="the split view" resetKey={articles.length} onReload={onReload}>
        <Fragile text={articles.join(', ')} />
      </ErrorBoundary>
    </div>
  )
}

beforeEach(() => {
  broken.current = true
  // React logs caught render errors; the test asserts on what the person sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => vi.restoreAllMocks())

describe('ErrorBoundary', () => {
  it('replaces only the broken part with a clear message, keeping the rest and its state', () => {
    render(<Workspace />)
    const alert = screen.getByRole('alert', { name: 'Problem in the split view' })
    expect(alert).toHaveTextContent('Something went wrong while showing the split view.')
    expect(alert).toHaveTextContent('nothing was lost')
    expect(alert).toHaveTextContent('Details: cannot draw first article')
    expect(screen.getByRole('list', { name: 'Articles' })).toHaveTextContent('first article')
  })

  it('"Try again" renders the same content again once it can be drawn', async () => {
    render(<Workspace />)
    broken.current = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Drawn: first article')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('"Try again" on a still-broken part shows the message again, without losing the workspace', async () => {
    render(<Workspace />)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw first article')
    expect(screen.getByRole('list', { name: 'Articles' })).toHaveTextContent('first article')
  })

  it('forgets the error when the workspace changes, and the new content is drawn', async () => {
    render(<Workspace />)
    broken.current = false
    await userEvent.click(screen.getByRole('button', { name: 'Add' }))
    expect(screen.getByText('Drawn: first article, second article')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Articles' })).toHaveTextContent('second article')
  })

  it('"Reload the page" asks for a reload and changes nothing else', async () => {
    const onReload = vi.fn()
    render(<Workspace onReload={onReload} />)
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }))
    expect(onReload).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('list', { name: 'Articles' })).toHaveTextContent('first article')
  })

  it('renders its children untouched when nothing fails', () => {
    broken.current = false
    render(<Workspace />)
    expect(screen.getByText('Drawn: first article')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
