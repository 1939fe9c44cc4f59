/** A quiet warning sign after an article's name: it shares no claim with the other articles. */
export function IsolatedMark() {
  return (
    <>
      <span aria-hidden="true" className="ml-1 text-amber-700 dark:text-amber-300">
        ⚠
      </span>
      <span className="sr-only"> (shares no claim with the others)</span>
    </>
  )
}
