import type { SegmentStatus } from '../../engine/report-api.ts'

/** How each status is drawn: a colour, plus a border style and an icon that do not rely on colour. */
export interface StatusStyle {
  label: string
  /** Shown beside each segment and in the legend; hidden from screen readers, which read `label`. */
  icon: string
  /** What the cue means, for the legend. */
  cue: string
  segment: string
  iconClass: string
}

export const statusStyles: Record<SegmentStatus, StatusStyle> = {
  agreement: {
    label: 'Agreement',
    icon: '✓',
    cue: 'solid bar',
    segment: 'border-solid border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50',
    iconClass: 'text-emerald-700 dark:text-emerald-300',
  },
  partial: {
    label: 'Partial',
    icon: '◐',
    cue: 'dashed bar',
    segment: 'border-dashed border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50',
    iconClass: 'text-sky-700 dark:text-sky-300',
  },
  discrepancy: {
    label: 'Discrepancy',
    icon: '≠',
    cue: 'double bar',
    segment: 'border-double border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/50',
    iconClass: 'text-rose-700 dark:text-rose-300',
  },
  unique: {
    label: 'Unique',
    icon: '★',
    cue: 'dotted bar',
    segment: 'border-dotted border-violet-600 bg-violet-50 dark:border-violet-400 dark:bg-violet-950/50',
    iconClass: 'text-violet-700 dark:text-violet-300',
  },
  boilerplate: {
    label: 'Boilerplate',
    icon: '–',
    cue: 'dimmed, no bar',
    segment: 'border-transparent text-slate-600 italic dark:text-slate-400',
    iconClass: 'text-slate-600 dark:text-slate-400',
  },
  duplicate: {
    label: 'Duplicate',
    icon: '≡',
    cue: 'dimmed, no bar',
    segment: 'border-transparent text-slate-600 italic dark:text-slate-400',
    iconClass: 'text-slate-600 dark:text-slate-400',
  },
}

/** The statuses the legend explains, in the order a reader meets them. */
export const legendOrder: SegmentStatus[] = ['agreement', 'partial', 'discrepancy', 'unique', 'boilerplate']
