import { useId } from 'react'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { textField } from './button-styles.ts'

export interface ArticleFieldsProps {
  value: ArticleDraft
  onChange(next: ArticleDraft): void
}

/** The editable metadata of one article: title, outlet, publication date and URL. */
export function ArticleFields({ value, onChange }: ArticleFieldsProps) {
  const id = useId()
  const field = (key: 'title' | 'source' | 'published' | 'url', text: string) =>
    onChange({ ...value, [key]: text === '' && key !== 'title' ? null : text })
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label htmlFor={`${id}-title`} className="text-sm font-medium sm:col-span-2">
        Title
        <input
          id={`${id}-title`}
          className={textField}
          value={value.title ?? ''}
          onChange={(event) => field('title', event.target.value)}
        />
      </label>
      <label htmlFor={`${id}-source`} className="text-sm font-medium">
        Outlet
        <input
          id={`${id}-source`}
          className={textField}
          value={value.source ?? ''}
          placeholder="e.g. Reuters"
          onChange={(event) => field('source', event.target.value)}
        />
      </label>
      <div>
        <label htmlFor={`${id}-published`} className="text-sm font-medium">
          Publication date
        </label>
        <input
          id={`${id}-published`}
          type="date"
          className={textField}
          value={value.published ?? ''}
          aria-describedby={`${id}-published-hint`}
          onChange={(event) => field('published', event.target.value)}
        />
        <span id={`${id}-published-hint`} className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
          Dates like “last Tuesday” are read from this day.
        </span>
      </div>
      <label htmlFor={`${id}-url`} className="text-sm font-medium sm:col-span-2">
        URL
        <input
          id={`${id}-url`}
          type="url"
          className={textField}
          value={value.url ?? ''}
          placeholder="https://"
          onChange={(event) => field('url', event.target.value)}
        />
      </label>
    </div>
  )
}
