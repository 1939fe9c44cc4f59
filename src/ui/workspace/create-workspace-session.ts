import { demoArticles } from '../../demo/demo-articles.ts'
import { readShareFragment } from '../../share/share-link.ts'
import { openIdbComparisonStore } from './idb-comparison-store.ts'
import { takeRecoveryCopy } from './recovery-copy.ts'
import type { ComparisonContent } from './saved-comparison.ts'
import { WorkspaceSession } from './workspace-session.ts'

/** A fresh copy of the embedded demo, which can always be reopened. */
export function demoComparison(): ComparisonContent {
  return {
    name: 'Demo: Syria talks, 20 January 2016',
    articles: demoArticles.map((article) => ({ ...article })),
  }
}

/**
 * Reads a comparison from the page's share fragment (`#share=…`), then clears the fragment so a
 * reload does not import it again.
 */
async function readSharedComparison(): Promise<ComparisonContent | null> {
  try {
    return await readShareFragment(window.location.hash)
  } finally {
    if (window.location.hash.includes('share=')) {
      history.replaceState(null, '', window.location.pathname + window.location.search)
    }
  }
}

/** The channel on which tabs of this origin say which comparison they stored; it never leaves the browser. */
const CHANNEL_NAME = 'crosscheck-comparisons'

/**
 * The app's workspace: IndexedDB storage, a share link when the page has one, else the last
 * comparison. Tabs tell each other which comparison they stored, so a second tab shows the first
 * one's changes instead of overwriting them.
 */
export function createWorkspaceSession(): WorkspaceSession {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME)
  const session = new WorkspaceSession({
    openStore: openIdbComparisonStore,
    fallback: demoComparison,
    incoming: readSharedComparison,
    recovered: takeRecoveryCopy,
    announce: (id) => channel?.postMessage({ id }),
  })
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ id?: unknown }>) => {
      if (typeof event.data?.id === 'string') void session.externalChange(event.data.id)
    }
  }
  return session
}
