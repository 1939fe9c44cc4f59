import type { ArticleInput } from '../../engine/report-api.ts'
import { type ComparisonStore, createMemoryStore } from './comparison-store.ts'
import {
  type ComparisonContent,
  createComparison,
  type SavedComparison,
  type SavedComparisonSummary,
  summarize,
} from './saved-comparison.ts'
import { describeStorageError } from './storage-message.ts'

/** A one-off message: `problem` needs the person's attention, `info` only tells what happened. */
export interface WorkspaceNotice {
  text: string
  tone: 'problem' | 'info'
}

/** Whether the open comparison is safely stored. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'unavailable'; message: string }

/** Everything the workspace shows; replaced, never mutated, on every change. */
export interface WorkspaceState {
  /** 'loading' until the last comparison has been read back from storage. */
  phase: 'loading' | 'ready'
  /** The open comparison; it stays in memory whatever storage does. */
  current: SavedComparison
  /** Every saved comparison, most recently changed first. */
  saved: SavedComparisonSummary[]
  save: SaveStatus
  /** The comparison deleted last, until it is restored or another is deleted. */
  removed: SavedComparison | null
  /** A one-off message, such as a share link that could not be read. */
  notice: WorkspaceNotice | null
}

/** How a session is wired: its storage, what it shows first, and how long edits settle before saving. */
export interface WorkspaceSessionOptions {
  openStore: () => Promise<ComparisonStore>
  /** The comparison to show when nothing is saved yet, or after the last one is deleted. */
  fallback: () => ComparisonContent
  /** Reads a comparison arriving from a share link, opened (and saved) instead of the last one. */
  incoming?: () => Promise<ComparisonContent | null>
  /** Reads the copy rescued when the page was left with unsaved edits (see `unsavedComparison`). */
  recovered?: () => SavedComparison | null
  saveDelayMs?: number
  now?: () => number
  /** Tells other tabs that this one stored or deleted a comparison (see `externalChange`). */
  announce?: (id: string) => void
}

/**
 * The workspace as an external store (for `useSyncExternalStore`): every edit lands in memory at
 * once and is saved to storage shortly after. A storage failure is reported, never thrown away with
 * the work: the comparison stays open and the next edit tries again.
 */
export class WorkspaceSession {
  private state: WorkspaceState
  private readonly listeners = new Set<() => void>()
  private store: ComparisonStore = createMemoryStore()
  private storageMessage: string | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private dirty = false
  private removedWasCurrent = false
  private started: Promise<void> | null = null
  private saving = 0
  /** `updatedAt` of the open comparison as this tab last read or stored it: how a save sees another tab's. */
  private known: number | null = null

  constructor(private readonly options: WorkspaceSessionOptions) {
    const current = this.create(options.fallback())
    this.state = {
      phase: 'loading',
      current,
      saved: [summarize(current)],
      save: { kind: 'saving' },
      removed: null,
      notice: null,
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = () => this.state

  /** Opens storage and the comparison left open last time (or the incoming one); runs once. */
  start(): Promise<void> {
    this.started ??= this.load()
    return this.started
  }

  private async load(): Promise<void> {
    try {
      this.store = await this.options.openStore()
    } catch (error) {
      this.storageMessage = describeStorageError(error)
    }
    let incoming: ComparisonContent | null = null
    try {
      incoming = (await this.options.incoming?.()) ?? null
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.set({ notice: { text: `The shared link could not be opened: ${reason}`, tone: 'problem' } })
    }
    if (incoming) this.set({ current: this.create(incoming) })
    const ok = await this.guard(async () => {
      let all = await this.store.list()
      const rescued = this.options.recovered?.()
      const stored = rescued && all.find((comparison) => comparison.id === rescued.id)
      if (rescued && (!stored || stored.updatedAt < rescued.updatedAt)) {
        await this.store.put(rescued)
        all = [rescued, ...all.filter((comparison) => comparison.id !== rescued.id)]
      }
      const last = all.reduce<SavedComparison | null>((a, b) => (a && a.openedAt >= b.openedAt ? a : b), null)
      const current = !incoming && last ? { ...last, openedAt: this.now() } : this.state.current
      await this.store.put(current)
      this.known = current.updatedAt
      all = [current, ...all.filter((comparison) => comparison.id !== current.id)]
      this.set({ current, saved: sortSummaries(all.map(summarize)) })
    })
    this.set(ok ? { phase: 'ready', save: this.savedStatus() } : { phase: 'ready' })
  }

  /** Changes the open comparison; the change is saved shortly after. */
  update(change: (comparison: SavedComparison) => SavedComparison): void {
    const current = { ...change(this.state.current), updatedAt: this.now() }
    const save: SaveStatus = this.state.save.kind === 'saved' ? { kind: 'saving' } : this.state.save
    this.set({ current, saved: replaceSummary(this.state.saved, summarize(current)), save })
    this.dirty = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.options.saveDelayMs ?? 200)
  }

  /** Changes the open comparison's articles. */
  updateArticles(change: (articles: ArticleInput[]) => ArticleInput[]): void {
    this.update((comparison) => ({ ...comparison, articles: change(comparison.articles) }))
  }

  /**
   * The open comparison when some of it is not yet known to be stored (an edit waiting for its
   * save, or a save still under way), else null: what a page being closed must rescue.
   */
  unsavedComparison(): SavedComparison | null {
    return this.dirty || this.saving > 0 ? this.state.current : null
  }

  /** Saves the open comparison now if it has unsaved changes (also the retry after an error). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (!this.dirty) return
    this.dirty = false
    const snapshot = this.state.current
    this.set({ save: { kind: 'saving' } })
    this.saving++
    let stored = true
    const ok = await this.guard(async () => {
      stored = await this.store.putIfUnchanged(snapshot, this.known)
    })
    this.saving--
    if (!ok) {
      this.dirty = true
      return
    }
    if (!stored) return this.keepAsCopy(snapshot)
    if (snapshot.id === this.state.current.id) this.known = snapshot.updatedAt
    this.options.announce?.(snapshot.id)
    if (!this.dirty) this.set({ save: this.savedStatus() })
  }

  /**
   * Another tab saved this comparison since this tab last read it, so saving here would overwrite
   * that tab's work. Neither is lost: this tab's version (with any edit made while the save ran)
   * becomes a copy of its own, and the other tab's stays under the original name.
   */
  private async keepAsCopy(snapshot: SavedComparison): Promise<void> {
    const latest = this.state.current.id === snapshot.id ? this.state.current : snapshot
    const copy = this.create({ ...latest, name: `${latest.name} (copy)` })
    this.dirty = false
    this.set({
      current: copy,
      saved: sortSummaries([summarize(copy), ...this.state.saved]),
      notice: {
        text: `This comparison was also changed in another tab. Your edits here are kept as “${copy.name}”; the other tab’s version keeps the original name.`,
        tone: 'problem',
      },
    })
    this.saving++
    const ok = await this.guard(() => this.store.put(copy))
    this.saving--
    if (!ok) {
      this.dirty = true
      return
    }
    this.known = copy.updatedAt
    this.options.announce?.(copy.id)
    // The list shows the other tab's version of the original as it is now stored.
    await this.guard(async () => {
      const original = await this.store.get(snapshot.id)
      if (original) this.set({ saved: replaceSummary(this.state.saved, summarize(original)) })
    })
    if (!this.dirty) this.set({ save: this.savedStatus() })
  }

  /**
   * Another tab stored or deleted comparison `id`: its entry in the saved list is read again, and when the
   * open comparison has no unsaved edits here it shows the other tab's newer version. With unsaved
   * edits it stays as it is, and its next save keeps both versions (see `keepAsCopy`).
   */
  async externalChange(id: string): Promise<void> {
    if (this.state.phase !== 'ready') return
    // Only the comparison named is read: the saved list may hold megabytes of other articles.
    await this.guard(async () => {
      const stored = await this.store.get(id)
      const current = this.state.current
      if (id !== current.id) {
        const saved = stored
          ? replaceSummary(this.state.saved, summarize(stored))
          : this.state.saved.filter((summary) => summary.id !== id)
        this.set({ saved })
        return
      }
      if (this.dirty || this.saving > 0 || !stored || stored.updatedAt === this.known) return
      this.known = stored.updatedAt
      this.set({
        current: { ...stored, openedAt: current.openedAt },
        saved: replaceSummary(this.state.saved, summarize(stored)),
        notice: {
          text: 'This comparison was changed in another tab; it now shows those changes.',
          tone: 'info',
        },
      })
    })
  }

  /** Opens a saved comparison. */
  async open(id: string): Promise<void> {
    await this.flush()
    await this.guard(async () => {
      const found = await this.store.get(id)
      if (!found) return
      const current = { ...found, openedAt: this.now() }
      this.known = found.updatedAt
      this.set({ current })
      // Only the opening time changes; if another tab saved meanwhile, its version stands.
      await this.store.putIfUnchanged(current, found.updatedAt)
    })
  }

  /** Starts a new comparison and opens it. */
  /**
   * Opens a comparison that arrived after start, such as a share link pasted into the address bar
   * of a tab that already shows the app (only the fragment changes, so the page does not reload).
   */
  async openIncoming(): Promise<void> {
    await this.start()
    try {
      const incoming = await this.options.incoming?.()
      if (incoming) await this.openNew(incoming)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.set({ notice: { text: `The shared link could not be opened: ${reason}`, tone: 'problem' } })
    }
  }

  async openNew(content: ComparisonContent): Promise<void> {
    await this.flush()
    const current = this.create(content)
    this.set({ current, saved: sortSummaries([summarize(current), ...this.state.saved]) })
    if (await this.guard(() => this.store.put(current))) {
      this.known = current.updatedAt
      this.options.announce?.(current.id)
    }
  }

  /** Saves a copy of a comparison under a new name and opens it. */
  async duplicate(id: string): Promise<void> {
    const source = id === this.state.current.id ? this.state.current : await this.read(id)
    if (source) await this.openNew({ ...source, name: `${source.name} (copy)` })
  }

  /** Renames a saved comparison. */
  async rename(id: string, name: string): Promise<void> {
    if (id === this.state.current.id) return this.update((comparison) => ({ ...comparison, name }))
    const found = await this.read(id)
    if (!found) return
    const renamed = { ...found, name, updatedAt: this.now() }
    this.set({ saved: replaceSummary(this.state.saved, summarize(renamed)) })
    if (await this.guard(() => this.store.put(renamed))) this.options.announce?.(id)
  }

  /** Deletes a comparison, keeping it in `removed` so it can be restored. */
  async remove(id: string): Promise<void> {
    const wasCurrent = id === this.state.current.id
    if (wasCurrent) {
      if (this.timer) clearTimeout(this.timer)
      this.dirty = false
    }
    const record = wasCurrent ? this.state.current : await this.read(id)
    if (!record) return
    this.removedWasCurrent = wasCurrent
    this.set({ removed: record, saved: this.state.saved.filter((summary) => summary.id !== id) })
    if (await this.guard(() => this.store.delete(id))) this.options.announce?.(id)
    if (!wasCurrent) return
    const next = this.state.saved[0]
    if (next) await this.open(next.id)
    else await this.openNew(this.options.fallback())
  }

  /** Restores the comparison deleted last. */
  async undoRemove(): Promise<void> {
    const record = this.state.removed
    if (!record) return
    this.set({ removed: null, saved: sortSummaries([summarize(record), ...this.state.saved]) })
    if (await this.guard(() => this.store.put(record))) this.options.announce?.(record.id)
    if (this.removedWasCurrent) await this.open(record.id)
  }

  /** Forgets the deleted comparison (the undo offer is dismissed). */
  dismissRemoved(): void {
    this.set({ removed: null })
  }

  /** Clears the one-off notice. */
  dismissNotice(): void {
    this.set({ notice: null })
  }

  private async read(id: string): Promise<SavedComparison | undefined> {
    let found: SavedComparison | undefined
    await this.guard(async () => {
      found = await this.store.get(id)
    })
    return found
  }

  /** Runs a storage step; a failure becomes the save status instead of an exception. */
  private async guard(step: () => Promise<void>): Promise<boolean> {
    try {
      await step()
      return true
    } catch (error) {
      this.set({ save: { kind: 'error', message: describeStorageError(error) } })
      return false
    }
  }

  private savedStatus(): SaveStatus {
    return this.storageMessage ? { kind: 'unavailable', message: this.storageMessage } : { kind: 'saved' }
  }

  private create(content: ComparisonContent): SavedComparison {
    return createComparison(content, this.now())
  }

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  private set(changes: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...changes }
    for (const listener of this.listeners) listener()
  }
}

function sortSummaries(summaries: SavedComparisonSummary[]): SavedComparisonSummary[] {
  return [...summaries].sort((a, b) => b.updatedAt - a.updatedAt)
}

function replaceSummary(list: SavedComparisonSummary[], summary: SavedComparisonSummary) {
  return sortSummaries([summary, ...list.filter((entry) => entry.id !== summary.id)])
}
