import { useEffect, useState } from 'react'

/** The colour theme. */
export type Theme = 'light' | 'dark'

const STORAGE_KEY = 'crosscheck-theme'

function initialTheme(): Theme {
  const stored = window.localStorage?.getItem(STORAGE_KEY)
  if (stored === 'light' || stored === 'dark') return stored
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** The theme, remembered across visits; applied as a `dark` class on the root element. */
export function useTheme() {
  const [theme, setTheme] = useState<Theme>(initialTheme)
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('dark', theme === 'dark')
    root.style.colorScheme = theme
    window.localStorage?.setItem(STORAGE_KEY, theme)
  }, [theme])
  return [theme, setTheme] as const
}
