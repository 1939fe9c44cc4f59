import type { TextPiece } from '../../engine/summary/text-marks.ts'

export interface SegmentTextProps {
  pieces: TextPiece[]
}

const factLabel = (piece: TextPiece) => piece.marks.find((mark) => mark.kind === 'fact')?.fact

/** A segment's text with its marks drawn: changed words, differing facts, added details, search hits. */
export function SegmentText({ pieces }: SegmentTextProps) {
  return pieces.map((piece) => {
    if (piece.marks.length === 0) return <span key={piece.start}>{piece.text}</span>
    const kinds = new Set(piece.marks.map((mark) => mark.kind))
    const fact = factLabel(piece)
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
        data-mark={[...kinds].join(' ')}
        className={`${plain ? 'bg-transparent text-inherit' : ''} ${classes.filter(Boolean).join(' ')}`}
      >
        {fact && <span className="sr-only">(differing {fact}) </span>}
        {kinds.has('detail') && !fact && <span className="sr-only">(added detail) </span>}
        {piece.text}
      </mark>
    )
  })
}
