/** The quiet secondary button used across the workspace bars. */
export const quietButton =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium ' +
  'text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 ' +
  'dark:text-slate-100 dark:hover:bg-slate-800'

/** The one primary action of a form or dialog. */
export const primaryButton =
  'inline-flex items-center gap-1 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white ' +
  'hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ' +
  'disabled:opacity-50'

/** A small icon-sized button inside a chip. */
export const chipButton =
  'rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900 ' +
  'focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-30 dark:text-slate-300 ' +
  'dark:hover:bg-slate-700'

/** A labelled text field. */
export const textField =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 ' +
  'focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30 dark:border-slate-600 ' +
  'dark:bg-slate-950 dark:text-slate-100'
