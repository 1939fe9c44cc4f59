import { quietButton } from './button-styles.ts'
import { NEW_COMPARISON_NAME } from './saved-comparison.ts'
import type { WorkspaceSession } from './workspace-session.ts'

export interface NewComparisonButtonProps {
  session: WorkspaceSession
}

/** Starts a new, empty comparison; the open one stays in the saved comparisons. */
export function NewComparisonButton({ session }: NewComparisonButtonProps) {
  return (
    <button
      type="button"
      className={quietButton}
      onClick={() => void session.openNew({ name: NEW_COMPARISON_NAME, articles: [] })}
    >
      New comparison
    </button>
  )
}
