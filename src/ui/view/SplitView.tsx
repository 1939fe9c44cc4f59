import {
  linkedSegments,
  type Overrides,
  type OverrideVerdict,
  queueStopOf,
  type Review,
  stepQueue,
} from '../../engine/report-api.ts'
import { Columns } from './Columns.tsx'
import { DetailsPanel } from './DetailsPanel.tsx'
import { KeyboardHelp } from './KeyboardHelp.tsx'
import { Legend } from './Legend.tsx'
import { SelectionAnnouncer } from './SelectionAnnouncer.tsx'
import { SidePanel } from './SidePanel.tsx'
import { SummaryPanel } from './SummaryPanel.tsx'
import type { ShortcutAction } from './shortcuts.ts'
import { Toolbar } from './Toolbar.tsx'
import { useHoverReveal } from './use-hover-reveal.ts'
import { useShortcuts } from './use-shortcuts.ts'
import { type PanelName, useViewState } from './use-view-state.ts'

export interface SplitViewProps {
  review: Review
  overrides: Overrides
  onOverridesChange(next: Overrides): void
  threshold: number
  onThresholdChange(value: number): void
}

/** The comparison screen: toolbar, legend, the articles side by side and the side panel. */
export function SplitView({ review, overrides, onOverridesChange, ...props }: SplitViewProps) {
  const [state, dispatch] = useViewState()
  const { index, queues } = review
  const select = (segmentId: string | null, origin: string | null, panel?: PanelName) => {
    dispatch({ type: 'select', segmentId, linked: linkedSegments(index, segmentId), origin, panel })
    const doc = segmentId ? index.segments.get(segmentId)?.doc : undefined
    const tabHasIt = linkedSegments(index, segmentId).some((id) => index.segments.get(id)?.doc === state.tab)
    if (doc && origin === null && !tabHasIt) dispatch({ type: 'tab', doc })
  }
  const current = state.selected ? queueStopOf(index, state.selected) : null
  const onAction = (action: ShortcutAction) => {
    if (action === 'next-discrepancy' || action === 'previous-discrepancy') {
      const step = action === 'next-discrepancy' ? 1 : -1
      select(stepQueue(queues.discrepancies, current, step), null, 'details')
    } else if (action === 'next-unique') select(stepQueue(queues.unique, state.selected, 1), null, 'details')
    else if (action === 'open-details') {
      dispatch({ type: 'panel', panel: 'details' })
      document.getElementById('side-panel')?.focus()
    } else if (action === 'close') {
      if (state.help) dispatch({ type: 'help', open: false })
      else select(null, null)
    } else if (action === 'search') document.getElementById('article-search')?.focus()
    else dispatch({ type: 'help', open: !state.help })
  }
  useShortcuts(onAction)
  useHoverReveal(state.hovered, index, dispatch)
  const setOverride = (key: string, verdict: OverrideVerdict | null) => {
    const { [key]: _, ...rest } = overrides
    onOverridesChange(verdict ? { ...rest, [key]: verdict } : rest)
  }
  return (
    <div className="flex flex-col gap-3">
      <Toolbar
        filter={state.filter}
        onFilter={(filter) => dispatch({ type: 'filter', filter })}
        query={state.query}
        onQuery={(query) => dispatch({ type: 'search', query })}
        threshold={props.threshold}
        onThreshold={props.onThresholdChange}
        onHelp={() => dispatch({ type: 'help', open: true })}
      />
      <Legend />
      <div className="flex flex-col gap-4 md:h-[calc(100dvh-18rem)] md:min-h-[30rem] md:flex-row">
        <div className="h-[75dvh] min-h-0 min-w-0 flex-none md:h-auto md:flex-1">
          <Columns
            review={review}
            overrides={overrides}
            state={state}
            onSelect={(id, origin) => select(id, origin, 'details')}
            onHover={(segmentId) => dispatch({ type: 'hover', segmentId })}
            onTab={(doc) => dispatch({ type: 'tab', doc })}
          />
        </div>
        <SidePanel
          panel={state.panel}
          onPanel={(panel) => dispatch({ type: 'panel', panel })}
          details={
            <DetailsPanel
              review={review}
              selected={state.selected}
              overrides={overrides}
              onOverride={setOverride}
              onJump={(id) => select(id, null, 'details')}
            />
          }
          summary={<SummaryPanel review={review} onJump={(id) => select(id, null)} />}
        />
      </div>
      <SelectionAnnouncer review={review} selected={state.selected} />
      <KeyboardHelp open={state.help} onClose={() => dispatch({ type: 'help', open: false })} />
    </div>
  )
}
