export interface ArticleCountHintProps {
  count: number
}

/** Shown instead of the comparison while it has fewer than two articles. */
export function ArticleCountHint({ count }: ArticleCountHintProps) {
  return (
    <div className="mx-auto mt-12 max-w-md rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="text-base font-semibold">
        {count === 0 ? 'No articles yet' : 'One article so far: add another to compare'}
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        A comparison needs two or more reports of the same event. Paste one anywhere on this page, use “Add
        article”, or drop .txt, .md, .html, .docx or .pdf files here.
      </p>
    </div>
  )
}
