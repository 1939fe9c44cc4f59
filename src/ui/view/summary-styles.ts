/** Shared look of the summary's sections. */
export const sectionTitle = 'mt-5 mb-1.5 text-sm font-semibold first:mt-0'
export const linkButton =
  'text-left underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:hover:decoration-slate-100'
