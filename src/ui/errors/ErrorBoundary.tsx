import { Component, type ErrorInfo, type ReactNode } from 'react'
import { quietButton } from '../workspace/button-styles.ts'

export interface ErrorBoundaryProps {
  /** What the boundary holds, in words: "the split view", "the article bar". */
  label: string
  children: ReactNode
  /** When this value changes (new articles, another comparison), a caught error is forgotten. */
  resetKey?: unknown
  /** Reloads the page; the workspace is saved as you go, so nothing is lost. Injected in tests. */
  onReload?: () => void
}

interface ErrorBoundaryState {
  error: Error | null
}

/**
 * Catches a rendering error in one part of the page so the rest keeps working, and says so
 * plainly. It holds no workspace state: "Try again" renders the same articles again, and
 * "Reload the page" reopens them from the browser's storage, where every edit is saved.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Crosscheck: ${this.props.label} failed to render`, error, info.componentStack)
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null })
  }

  private readonly retry = () => this.setState({ error: null })

  private readonly reload = () => (this.props.onReload ?? (() => window.location.reload()))()

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <section
        role="alert"
        aria-label={`Problem in ${this.props.label}`}
        className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">Something went wrong while showing {this.props.label}.</p>
        <p className="mt-1">
          Your articles are still open and saved in this browser; nothing was lost. Try again, or reload the
          page to reopen them.
        </p>
        <p className="mt-1 text-xs opacity-80">Details: {error.message || error.name}</p>
        <div className="mt-3 flex gap-2">
          <button type="button" className={quietButton} onClick={this.retry}>
            Try again
          </button>
          <button type="button" className={quietButton} onClick={this.reload}>
            Reload the page
          </button>
        </div>
      </section>
    )
  }
}
