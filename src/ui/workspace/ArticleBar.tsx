import { type ReactNode, useState } from 'react'
import type { ArticleInput } from '../../engine/index.ts'
import type { ArticleDraft } from '../../import/article-draft.ts'
import { ArticleChip } from './ArticleChip.tsx'
import { ArticleEditDialog } from './ArticleEditDialog.tsx'

export interface ArticleBarProps {
  articles: ArticleInput[]
  onUpdate(id: string, changes: ArticleDraft): void
  onMove(id: string, offset: number): void
  onRemove(id: string): void
  /** The control that adds articles, placed at the end of the bar. */
  children: ReactNode
}

/** The articles of the comparison as a row of chips, in column order, with the add control. */
export function ArticleBar({ articles, onUpdate, onMove, onRemove, children }: ArticleBarProps) {
  const [editing, setEditing] = useState<string | null>(null)
  const article = articles.find((candidate) => candidate.id === editing)
  return (
    <section aria-label="Articles" className="flex flex-wrap items-center gap-2">
      <ul className="flex min-w-0 flex-wrap gap-2">
        {articles.map((entry, position) => (
          <ArticleChip
            key={entry.id}
            article={entry}
            position={position}
            count={articles.length}
            onEdit={() => setEditing(entry.id)}
            onMove={(offset) => onMove(entry.id, offset)}
            onRemove={() => onRemove(entry.id)}
          />
        ))}
      </ul>
      {children}
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
