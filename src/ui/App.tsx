import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { ErrorBoundary } from './errors/ErrorBoundary.tsx'
import { WorkerCrashNotice } from './errors/WorkerCrashNotice.tsx'
import { AddArticleDialog } from './import/AddArticleDialog.tsx'
import { DropOverlay } from './import/DropOverlay.tsx'
import { FilesReviewDialog } from './import/FilesReviewDialog.tsx'
import { ImportNotices } from './import/ImportNotices.tsx'
import { useArticleImport } from './import/use-article-import.ts'
import { ComparisonView } from './view/ComparisonView.tsx'
import { ArticleBar } from './workspace/ArticleBar.tsx'
import { ArticleCountHint } from './workspace/ArticleCountHint.tsx'
import { addToComparison, moveArticle, removeArticle, updateArticle } from './workspace/article-edits.ts'
import { createWorkspaceSession, demoComparison } from './workspace/create-workspace-session.ts'
import { ExportMenu } from './workspace/ExportMenu.tsx'
import { NewComparisonButton } from './workspace/NewComparisonButton.tsx'
import { SavedComparisonsMenu } from './workspace/SavedComparisonsMenu.tsx'
import { ShareDialog } from './workspace/ShareDialog.tsx'
import { UndoDeleteNotice } from './workspace/UndoDeleteNotice.tsx'
import { useWorkspace } from './workspace/use-workspace.ts'
import { WorkspaceHeader } from './workspace/WorkspaceHeader.tsx'
import './workspace/print.css'

const queryClient = new QueryClient()

/** The application shell: providers, the workspace (articles, saved comparisons) and the split view. */
export function App() {
  const [state, session] = useWorkspace(createWorkspaceSession)
  const { articles, overrides, threshold } = state.current
  const imports = useArticleImport(
    (drafts) => session.update((current) => addToComparison(current, drafts)),
    (payload) => void session.openNew(payload),
  )
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <WorkspaceHeader state={state} session={session}>
          <NewComparisonButton session={session} />
          <SavedComparisonsMenu state={state} session={session} demo={demoComparison} />
          <ExportMenu comparison={state.current} onImport={(payload) => void session.openNew(payload)} />
          <ShareDialog comparison={state.current} />
        </WorkspaceHeader>
        {state.phase === 'loading' ? (
          <p role="status" className="px-6 py-4 text-sm">
            Opening your last comparison…
          </p>
        ) : (
          <>
            <div className="space-y-2 border-b border-slate-200 px-6 py-3 dark:border-slate-800 print:border-0">
              <ErrorBoundary label="the article bar" resetKey={state.current}>
                <ArticleBar
                  articles={articles}
                  onUpdate={(id, changes) =>
                    session.updateArticles((list) => updateArticle(list, id, changes))
                  }
                  onMove={(id, offset) => session.updateArticles((list) => moveArticle(list, id, offset))}
                  onRemove={(id) => session.updateArticles((list) => removeArticle(list, id))}
                >
                  <AddArticleDialog
                    onAdd={(drafts) => session.update((current) => addToComparison(current, drafts))}
                    onFiles={imports.importFiles}
                  />
                </ArticleBar>
              </ErrorBoundary>
              <ImportNotices
                notices={imports.notices}
                pending={imports.pending}
                onDismiss={imports.dismiss}
              />
            </div>
            <main className="px-6 py-4">
              <WorkerCrashNotice />
              {articles.length >= 2 ? (
                <ErrorBoundary label="the comparison" resetKey={state.current}>
                  <ComparisonView
                    key={state.current.id}
                    articles={articles}
                    overrides={overrides}
                    onOverridesChange={(next) =>
                      session.update((current) => ({ ...current, overrides: next }))
                    }
                    threshold={threshold}
                    onThresholdChange={(value) =>
                      session.update((current) => ({ ...current, threshold: value }))
                    }
                  />
                </ErrorBoundary>
              ) : (
                <ArticleCountHint count={articles.length} />
              )}
            </main>
            <DropOverlay onFiles={imports.importFiles} />
            <FilesReviewDialog
              files={imports.review}
              onEdit={imports.editReviewed}
              onLeaveOut={imports.leaveOut}
              onAddAll={imports.addReviewed}
              onCancel={imports.cancelReview}
            />
          </>
        )}
        <UndoDeleteNotice
          removed={state.removed}
          onUndo={() => void session.undoRemove()}
          onDismiss={() => session.dismissRemoved()}
        />
      </div>
    </QueryClientProvider>
  )
}
