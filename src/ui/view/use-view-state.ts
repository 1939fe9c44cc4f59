import { useReducer } from 'react'
import type { StatusFilter } from '../../engine/report-api.ts'
import type { ScrollTarget } from './SegmentList.tsx'

/** Which side panel shows. */
export type PanelName = 'details' | 'summary'

/** Everything the split view remembers between renders; the report itself lives in the query. */
export interface ViewState {
  /** The selected segment (its claim is selected with it). */
  selected: string | null
  /** The last request to scroll linked segments into view. */
  scroll: ScrollTarget | null
  /** The segment under the pointer. */
  hovered: string | null
  filter: StatusFilter
  query: string
  panel: PanelName
  help: boolean
  /** The document shown on a narrow screen, where columns become tabs. */
  tab: string | null
}

export type ViewAction =
  | { type: 'select'; segmentId: string | null; linked: string[]; origin: string | null; panel?: PanelName }
  | { type: 'hover'; segmentId: string | null }
  | { type: 'reveal'; linked: string[]; origin: string }
  | { type: 'filter'; filter: StatusFilter }
  | { type: 'search'; query: string }
  | { type: 'panel'; panel: PanelName }
  | { type: 'help'; open: boolean }
  | { type: 'tab'; doc: string }

const initial: ViewState = {
  selected: null,
  scroll: null,
  hovered: null,
  filter: 'all',
  query: '',
  panel: 'details',
  help: false,
  tab: null,
}

function reduce(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      if (action.segmentId === state.selected && action.origin !== null && !action.panel) return state
      return {
        ...state,
        selected: action.segmentId,
        scroll: action.segmentId ? { segmentIds: action.linked, origin: action.origin } : null,
        panel: action.panel ?? state.panel,
      }
    case 'hover':
      return { ...state, hovered: action.segmentId }
    case 'reveal':
      if (state.hovered === null || !action.linked.includes(state.hovered)) return state
      return { ...state, scroll: { segmentIds: action.linked, origin: action.origin, nearest: true } }
    case 'filter':
      return { ...state, filter: action.filter }
    case 'search':
      return { ...state, query: action.query }
    case 'panel':
      return { ...state, panel: action.panel }
    case 'help':
      return { ...state, help: action.open }
    case 'tab':
      return { ...state, tab: action.doc }
  }
}

/** The split view's state and its one dispatcher. */
export function useViewState() {
  return useReducer(reduce, initial)
}
