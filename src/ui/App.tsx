import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { demoArticles } from '../demo/demo-articles.ts'
import { ComparisonView } from './ComparisonView.tsx'

const queryClient = new QueryClient()

/** The application shell: providers and the page frame. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 px-6 py-3 dark:border-slate-800">
          <h1 className="text-lg font-semibold">Crosscheck</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            How different outlets report the same story, side by side.
          </p>
        </header>
        <main className="px-6 py-4">
          <ComparisonView articles={demoArticles} />
        </main>
      </div>
    </QueryClientProvider>
  )
}
