import { formatProbability, type StatusFilter } from '../../engine/report-api.ts'
import { ThemeToggle } from '../theme/ThemeToggle.tsx'

export interface ToolbarProps {
  filter: StatusFilter
  onFilter(filter: StatusFilter): void
  query: string
  onQuery(query: string): void
  threshold: number
  onThreshold(value: number): void
  onHelp(): void
}

const filters: [StatusFilter, string][] = [
  ['all', 'All'],
  ['discrepancy', 'Discrepancies'],
  ['partial', 'Partial'],
  ['unique', 'Unique'],
  ['agreement', 'Agreements'],
]

const control =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900'

/** Filters, search, match sensitivity, theme and the keyboard help. */
export function Toolbar(props: ToolbarProps) {
  return (
    <section aria-label="View controls" className="flex flex-wrap items-center gap-x-5 gap-y-2">
      <fieldset className="flex flex-wrap items-center gap-1 text-sm">
        <legend className="sr-only">Show</legend>
        {filters.map(([value, label]) => (
          <label
            key={value}
            className="cursor-pointer rounded-md border border-slate-300 px-2 py-1 has-checked:border-blue-700 has-checked:bg-blue-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-600 dark:border-slate-600 dark:has-checked:border-blue-300 dark:has-checked:bg-blue-300 dark:has-checked:text-slate-950"
          >
            <input
              type="radio"
              name="status-filter"
              value={value}
              checked={props.filter === value}
              onChange={() => props.onFilter(value)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        Search
        <input
          id="article-search"
          type="search"
          value={props.query}
          onChange={(event) => props.onQuery(event.target.value)}
          placeholder="in the articles"
          className={`${control} w-40`}
        />
      </label>
      <label
        className="flex items-center gap-2 text-sm"
        title="Two sentences count as one claim when the match model gives them at least this probability of reporting the same claim. Lower finds more matches, higher only the surest."
      >
        Match from
        <input
          type="range"
          min={0.05}
          max={0.95}
          step={0.025}
          value={props.threshold}
          onChange={(event) => props.onThreshold(Number(event.target.value))}
          aria-label="Match threshold"
          aria-valuetext={`${formatProbability(props.threshold)} probability of the same claim`}
          className="w-28 accent-blue-700"
        />
        <output className="w-24 tabular-nums">{formatProbability(props.threshold)} likely</output>
      </label>
      <div className="ml-auto flex gap-2">
        <ThemeToggle />
        <button type="button" onClick={props.onHelp} className={control}>
          Keys (?)
        </button>
      </div>
    </section>
  )
}
