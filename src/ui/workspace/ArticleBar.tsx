import { type ReactNode, useState } from 'react'
import type { ArticleInput } from '../../engine/report-api.ts'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { ArticleChip } from './ArticleChip.tsx'
import { ArticleEditDialog } from './ArticleEditDialog.tsx'
import { chipButton } from './button-styles.ts'

export interface ArticleBarProps {
  articles: ArticleInput[]
  onUpdate(id: string, changes: ArticleDraft): void
  onMove(id: string, offset: number): void
  onRemove(id: string): void
  /** The control that adds articles, placed at the end of the bar. */
  children: ReactNode
}

/** From this many articles the bar keeps to one line (the first chips, a count and "Show all"). */
export const COLLAPSE_FROM = 5

/**
 * While collapsed: three chips show from `md`, four from `xl`, none on a phone, whose article tabs
 * already name every article (the bar is then its count, Show all and Add article).
 */
const collapsedChip = (position: number) =>
  position < 3 ? 'max-md:hidden' : position === 3 ? 'max-xl:hidden' : 'hidden'

/** The articles of the comparison as a row of chips, in column order, with the add control. */
export function ArticleBar({ articles, onUpdate, onMove, onRemove, children }: ArticleBarProps) {
  const [editing, setEditing] = useState<string | null>(null)
  const [expanded, setExpanded] = useState(false)
  const article = articles.find((candidate) => candidate.id === editing)
  const collapsible = articles.length >= COLLAPSE_FROM
  const collapsed = collapsible && !expanded
  return (
    <section
      aria-label="Articles"
      className="flex flex-wrap items-center gap-2 md:flex-nowrap md:items-start"
    >
      {collapsible && <p className="shrink-0 py-1 text-sm font-medium">{articles.length} articles</p>}
      <ul id="article-chips" className="flex min-w-0 flex-wrap gap-1.5 md:flex-initial">
        {articles.map((entry, position) => (
          <ArticleChip
            key={entry.id}
            article={entry}
            position={position}
            count={articles.length}
            className={collapsed ? collapsedChip(position) : ''}
            onEdit={() => setEditing(entry.id)}
            onMove={(offset) => onMove(entry.id, offset)}
            onRemove={() => onRemove(entry.id)}
          />
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls="article-chips"
          onClick={() => setExpanded(!expanded)}
          className={`${chipButton} shrink-0 py-1 text-sm underline print:hidden`}
        >
          {expanded ? 'Show fewer' : 'Show all'}
        </button>
      )}
      <div className="shrink-0">{children}</div>
      {article && (
        <ArticleEditDialog
          key={article.id}
          article={article}
          onSave={(changes) => onUpdate(article.id, changes)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
