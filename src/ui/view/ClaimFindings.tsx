import {
  type Claim,
  describeDifference,
  documentName,
  type ReportDocument,
  restatesKind,
} from '../../engine/report-api.ts'

export interface ClaimFindingsProps {
  claim: Claim
  documents: ReportDocument[]
}

/** Every typed difference of a claim in words, and the details only one source gives. */
export function ClaimFindings({ claim, documents }: ClaimFindingsProps) {
  const name = (id: string) => {
    const doc = documents.find((d) => d.id === id)
    return doc ? documentName(doc) : id
  }
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold">Differences</h3>
      {claim.differences.length === 0 ? (
        <p className="text-sm">No differing facts found.</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {claim.differences.map((difference) => (
            <li
              key={describeDifference(difference, documents)}
              className="border-l-4 border-double border-rose-600 pl-2"
            >
              <p className="font-medium">
                {difference.update && (
                  <span className="mr-1 rounded bg-sky-100 px-1 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                    Update
                  </span>
                )}
                {describeDifference(difference, documents)}
              </p>
              {!restatesKind(difference) && (
                <p className="text-slate-700 dark:text-slate-300">{difference.explanation}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {claim.details.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Details only one source gives</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {claim.details.map((detail) => (
              <li key={`${detail.doc}-${detail.start}`}>
                Only {name(detail.doc)} adds “{detail.text}”
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
