import type { SegmentStatus } from '../../engine/report-api.ts'
import { statusStyles } from './status-styles.ts'

export interface StatusIconProps {
  status: SegmentStatus
}

/** The status's icon, with its name for screen readers. */
export function StatusIcon({ status }: StatusIconProps) {
  const style = statusStyles[status]
  return (
    <>
      <span aria-hidden="true" className={`inline-block w-4 text-center font-semibold ${style.iconClass}`}>
        {style.icon}
      </span>
      <span className="sr-only">{style.label}: </span>
    </>
  )
}
