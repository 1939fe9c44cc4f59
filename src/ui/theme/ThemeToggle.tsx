import { useTheme } from './use-theme.ts'

/** Switches between the light and the dark theme. */
export function ThemeToggle() {
  const [theme, setTheme] = useTheme()
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800 aria-pressed:bg-slate-700 aria-pressed:text-white"
    >
      <span aria-hidden="true">{dark ? '☾ ' : '☀ '}</span>
      Dark theme
    </button>
  )
}
