import { legendOrder, statusStyles } from './status-styles.ts'

/** Explains each status's colour, bar style and icon. */
export function Legend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
      {legendOrder.map((status) => {
        const style = statusStyles[status]
        return (
          <li key={status} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`h-4 w-1 border-l-4 ${style.segment}`} />
            <span aria-hidden="true" className={`font-semibold ${style.iconClass}`}>
              {style.icon}
            </span>
            <span>{style.label}</span>
            <span className="text-slate-600 dark:text-slate-400">({style.cue})</span>
          </li>
        )
      })}
      <li className="flex items-center gap-1.5">
        <mark className="rounded-sm bg-amber-200 px-1 text-slate-900">word</mark>
        <span>changed wording</span>
      </li>
      <li className="flex items-center gap-1.5">
        <span className="underline decoration-rose-600 decoration-wavy decoration-2 dark:decoration-rose-400">
          fact
        </span>
        <span>differing fact</span>
      </li>
    </ul>
  )
}
