import {
  type Claim,
  claimSegmentsIn,
  type ReportDocument,
  type ReportIndex,
  segmentPieces,
} from '../../engine/report-api.ts'
import { SegmentText } from './SegmentText.tsx'

export interface ClaimWordingProps {
  claim: Claim
  documents: ReportDocument[]
  index: ReportIndex
}

/** Each source's wording of a claim side by side, with changed words and differing facts marked. */
export function ClaimWording({ claim, documents, index }: ClaimWordingProps) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {documents.map((doc) => {
        const segments = claimSegmentsIn(index, claim, doc.id)
        return (
          <figure key={doc.id} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <figcaption className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {doc.source ?? doc.title}
            </figcaption>
            {segments.length === 0 && <p className="text-sm italic">Not reported.</p>}
            {segments.map((segment) => (
              <blockquote key={segment.id} className="mt-1 text-sm leading-relaxed">
                <SegmentText pieces={segmentPieces(segment, claim, { showChanges: true, query: '' })} />
              </blockquote>
            ))}
          </figure>
        )
      })}
    </div>
  )
}
