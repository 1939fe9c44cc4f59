import type { TextPiece } from '../../engine/report-api.ts'

export interface SegmentTextProps {
  pieces: TextPiece[]
}

/**
 * A segment's text with its marks drawn: changed words, differing facts, added details, search hits.
 * Screen readers get the marks summed up after the text (`MarksSummary`), so the text reads whole.
 */
export function SegmentText({ pieces }: SegmentTextProps) {
  return pieces.map((piece) => {
    if (piece.marks.length === 0) return <span key={piece.start}>{piece.text}</span>
    const kinds = new Set(piece.marks.map((mark) => mark.kind))
    const fact = piece.marks.find((mark) => mark.kind === 'fact')?.fact
    const classes = [
      kinds.has('changed') && 'rounded-sm bg-amber-200 text-slate-900 dark:bg-amber-300',
      kinds.has('fact') &&
        'font-semibold underline decoration-rose-600 decoration-wavy decoration-2 dark:decoration-rose-400',
      kinds.has('detail') &&
        'underline decoration-sky-600 decoration-dotted decoration-2 dark:decoration-sky-300',
      kinds.has('hit') && 'bg-yellow-300 text-slate-900 outline outline-1 outline-yellow-700',
    ]
    const plain = !kinds.has('changed') && !kinds.has('hit')
    return (
      <mark
        key={piece.start}
        title={fact ? `Differing ${fact}` : undefined}
        data-mark={[...kinds].join(' ')}
        className={`${plain ? 'bg-transparent text-inherit' : ''} ${classes.filter(Boolean).join(' ')}`}
      >
        {piece.text}
      </mark>
    )
  })
}

/** Says in words what the marks of a segment show, for screen readers. */
export function MarksSummary({ pieces }: SegmentTextProps) {
  const marks = pieces.flatMap((piece) => piece.marks)
  const facts = [...new Set(marks.flatMap((mark) => (mark.kind === 'fact' && mark.fact ? [mark.fact] : [])))]
  const details = marks.filter((mark) => mark.kind === 'detail').length
  const parts = [
    facts.length > 0 && `differing ${facts.join(', ')}`,
    details > 0 && `${details} added ${details === 1 ? 'detail' : 'details'}`,
  ].filter(Boolean)
  return parts.length > 0 ? <span className="sr-only"> ({parts.join('; ')})</span> : null
}
