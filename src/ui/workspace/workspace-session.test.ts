import { describe, expect, test } from 'vitest'
import type { ArticleInput } from '../../engine/index.ts'
import { type ComparisonStore, createMemoryStore } from './comparison-store.ts'
import type { ComparisonContent } from './saved-comparison.ts'
import { WorkspaceSession } from './workspace-session.ts'

const demo = (): ComparisonContent => ({
  name: 'Demo',
  articles: [
    { id: 'a', text: 'Alpha.' },
    { id: 'b', text: 'Beta.' },
  ],
})
const third: ArticleInput = { id: 'c', text: 'Gamma.', source: 'Reuters' }

function sessionOn(store: ComparisonStore, incoming?: ComparisonContent | null) {
  let clock = 1_000
  return new WorkspaceSession({
    openStore: async () => store,
    fallback: demo,
    incoming: incoming === undefined ? undefined : async () => incoming,
    saveDelayMs: 0,
    now: () => clock++,
  })
}

/** A store whose writes fail the way a full disk does, until `heal` is called. */
function failingStore() {
  const inner = createMemoryStore()
  let failing = true
  const store: ComparisonStore = {
    ...inner,
    put: async (comparison) => {
      if (failing) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      await inner.put(comparison)
    },
    putIfUnchanged: async (comparison, knownUpdatedAt) => {
      if (failing) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      return inner.putIfUnchanged(comparison, knownUpdatedAt)
    },
  }
  return { store, heal: () => (failing = false), inner }
}

describe('WorkspaceSession', () => {
  test('starts on the demo when nothing is saved, and saves it', async () => {
    const store = createMemoryStore()
    const session = sessionOn(store)
    await session.start()
    const state = session.getSnapshot()
    expect(state.phase).toBe('ready')
    expect(state.current.articles.map((article) => article.id)).toEqual(['a', 'b'])
    expect(state.save).toEqual({ kind: 'saved' })
    expect((await store.list()).map((comparison) => comparison.name)).toEqual(['Demo'])
  })

  test('an edit is saved, and a new session (a reload) reopens the same comparison', async () => {
    const store = createMemoryStore()
    const first = sessionOn(store)
    await first.start()
    first.updateArticles((articles) => [...articles, third])
    first.update((comparison) => ({ ...comparison, overrides: { 'a:0|c:0': 'confirmed' }, threshold: 0.6 }))
    await first.flush()

    const reloaded = sessionOn(store)
    await reloaded.start()
    const { current } = reloaded.getSnapshot()
    expect(current.id).toBe(first.getSnapshot().current.id)
    expect(current.articles.map((article) => article.id)).toEqual(['a', 'b', 'c'])
    expect(current.overrides).toEqual({ 'a:0|c:0': 'confirmed' })
    expect(current.threshold).toBe(0.6)
  })

  test('reopens the comparison opened last, not the one changed last', async () => {
    const store = createMemoryStore()
    const session = sessionOn(store)
    await session.start()
    const demoId = session.getSnapshot().current.id
    await session.openNew({ name: 'Second', articles: [third] })
    await session.open(demoId)
    const reloaded = sessionOn(store)
    await reloaded.start()
    expect(reloaded.getSnapshot().current.id).toBe(demoId)
  })

  test('a failed save is reported, the work stays in memory, and the next save retries', async () => {
    const { store, heal, inner } = failingStore()
    const session = sessionOn(store)
    await session.start()
    expect(session.getSnapshot().save).toMatchObject({ kind: 'error' })
    session.updateArticles((articles) => [...articles, third])
    await session.flush()
    const state = session.getSnapshot()
    expect(state.save).toEqual({
      kind: 'error',
      message:
        'Not saved: the browser’s storage for this site is full. Your work is still open here; export it as JSON to keep a copy.',
    })
    expect(state.current.articles).toHaveLength(3)

    heal()
    await session.flush()
    expect(session.getSnapshot().save).toEqual({ kind: 'saved' })
    expect((await inner.list())[0]?.articles).toHaveLength(3)
  })

  test('without storage (a private window) the app keeps working and says nothing is kept', async () => {
    const session = new WorkspaceSession({
      openStore: async () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
      fallback: demo,
      saveDelayMs: 0,
    })
    await session.start()
    session.updateArticles((articles) => [...articles, third])
    await session.flush()
    const state = session.getSnapshot()
    expect(state.phase).toBe('ready')
    expect(state.current.articles).toHaveLength(3)
    expect(state.save).toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/private window/),
    })
  })

  test('rename, duplicate, delete with undo', async () => {
    const store = createMemoryStore()
    const session = sessionOn(store)
    await session.start()
    const original = session.getSnapshot().current
    await session.rename(original.id, 'Syria talks')
    await session.flush()
    await session.duplicate(original.id)
    const copy = session.getSnapshot().current
    expect(copy.name).toBe('Syria talks (copy)')
    expect(copy.id).not.toBe(original.id)
    expect(copy.articles).toEqual(original.articles)
    expect(
      session
        .getSnapshot()
        .saved.map((summary) => summary.name)
        .sort(),
    ).toEqual(['Syria talks', 'Syria talks (copy)'])

    await session.remove(original.id)
    expect(session.getSnapshot().saved.map((summary) => summary.name)).toEqual(['Syria talks (copy)'])
    expect(await store.get(original.id)).toBeUndefined()
    expect(session.getSnapshot().removed?.name).toBe('Syria talks')

    await session.undoRemove()
    expect(session.getSnapshot().removed).toBeNull()
    expect((await store.get(original.id))?.name).toBe('Syria talks')
    expect(session.getSnapshot().saved).toHaveLength(2)
  })

  test('deleting the open comparison opens the next one, or the demo when none is left', async () => {
    const store = createMemoryStore()
    const session = sessionOn(store)
    await session.start()
    const only = session.getSnapshot().current
    session.updateArticles(() => [third])
    await session.remove(only.id)
    const state = session.getSnapshot()
    expect(state.current.id).not.toBe(only.id)
    expect(state.current.name).toBe('Demo')
    // The pending edit to the deleted comparison did not bring it back.
    await session.flush()
    expect(await store.get(only.id)).toBeUndefined()
  })

  test('a comparison from a share link opens and is saved beside the others', async () => {
    const store = createMemoryStore()
    const before = sessionOn(store)
    await before.start()
    const session = sessionOn(store, {
      name: 'Shared',
      articles: [third, { id: 'd', text: 'Delta.' }],
      threshold: 0.5,
    })
    await session.start()
    const state = session.getSnapshot()
    expect(state.current).toMatchObject({ name: 'Shared', threshold: 0.5 })
    expect(state.saved.map((summary) => summary.name).sort()).toEqual(['Demo', 'Shared'])
    expect(await store.get(state.current.id)).toBeDefined()
  })

  test('a damaged share link is said, and the last comparison opens instead', async () => {
    const session = new WorkspaceSession({
      openStore: async () => createMemoryStore(),
      fallback: demo,
      incoming: async () => {
        throw new Error('the link is damaged or cut short')
      },
    })
    await session.start()
    expect(session.getSnapshot().notice?.text).toBe(
      'The shared link could not be opened: the link is damaged or cut short',
    )
    expect(session.getSnapshot().current.name).toBe('Demo')
  })

  test('a copy rescued on the way out replaces the stored one when it is newer, and only then', async () => {
    const store = createMemoryStore()
    const first = sessionOn(store)
    await first.start()
    first.updateArticles((articles) => [...articles, third])
    const rescued = first.unsavedComparison()
    expect(rescued?.articles).toHaveLength(3)

    const reloaded = new WorkspaceSession({
      openStore: async () => store,
      fallback: demo,
      recovered: () => rescued,
    })
    await reloaded.start()
    expect(reloaded.getSnapshot().current.articles).toHaveLength(3)
    expect((await store.get(rescued?.id ?? ''))?.articles).toHaveLength(3)

    const stale = rescued && { ...rescued, articles: [third], updatedAt: 0 }
    const again = new WorkspaceSession({
      openStore: async () => store,
      fallback: demo,
      recovered: () => stale,
    })
    await again.start()
    expect(again.getSnapshot().current.articles).toHaveLength(3)
  })

  test('nothing needs rescuing once the last edit is stored', async () => {
    const session = sessionOn(createMemoryStore())
    await session.start()
    session.updateArticles((articles) => [...articles, third])
    expect(session.unsavedComparison()).not.toBeNull()
    await session.flush()
    expect(session.unsavedComparison()).toBeNull()
  })

  describe('two tabs on one comparison', () => {
    /** Two sessions on one store with one clock; the tests call `externalChange` as the channel would. */
    async function twoTabs() {
      const store = createMemoryStore()
      let clock = 1_000
      const open = () =>
        new WorkspaceSession({
          openStore: async () => store,
          fallback: demo,
          saveDelayMs: 0,
          now: () => clock++,
        })
      const first = open()
      const second = open()
      await first.start()
      await second.start()
      return { store, first, second }
    }

    test('both open the same comparison', async () => {
      const { first, second } = await twoTabs()
      expect(second.getSnapshot().current.id).toBe(first.getSnapshot().current.id)
    })

    test('a save over another tab’s newer save keeps both: this tab’s edits become a copy', async () => {
      const { store, first, second } = await twoTabs()
      const id = first.getSnapshot().current.id
      first.updateArticles((articles) => [...articles, third])
      await first.flush()
      second.update((comparison) => ({ ...comparison, threshold: 0.7 }))
      await second.flush()

      const original = await store.get(id)
      expect(original?.articles).toHaveLength(3)
      expect(original?.threshold).not.toBe(0.7)
      const copy = second.getSnapshot().current
      expect(copy.id).not.toBe(id)
      expect(copy.name).toBe('Demo (copy)')
      expect(copy.threshold).toBe(0.7)
      expect((await store.get(copy.id))?.threshold).toBe(0.7)
      expect(second.getSnapshot().notice?.text).toMatch(/changed in another tab.*kept as “Demo \(copy\)”/)
      expect(second.getSnapshot().save).toEqual({ kind: 'saved' })
      expect(
        second
          .getSnapshot()
          .saved.map((summary) => summary.id)
          .sort(),
      ).toEqual([id, copy.id].sort())
      // The list shows the original as the other tab stored it.
      expect(second.getSnapshot().saved.find((summary) => summary.id === id)?.articleCount).toBe(3)
    })

    test('told of another tab’s save, a tab without unsaved edits shows it, and its next save is no conflict', async () => {
      const { store, first, second } = await twoTabs()
      first.updateArticles((articles) => [...articles, third])
      await first.flush()
      await second.externalChange(first.getSnapshot().current.id)
      expect(second.getSnapshot().current.articles).toHaveLength(3)
      expect(second.getSnapshot().notice).toMatchObject({ tone: 'info' })
      expect(second.getSnapshot().notice?.text).toMatch(/changed in another tab/)

      second.update((comparison) => ({ ...comparison, threshold: 0.7 }))
      await second.flush()
      expect(second.getSnapshot().current.id).toBe(first.getSnapshot().current.id)
      expect((await store.list()).map((comparison) => comparison.threshold)).toEqual([0.7])
    })

    test('told of another tab’s save while editing, a tab keeps its edits on screen', async () => {
      const { first, second } = await twoTabs()
      first.updateArticles((articles) => [...articles, third])
      await first.flush()
      second.updateArticles((articles) => articles.slice(0, 1))
      await second.externalChange(first.getSnapshot().current.id)
      expect(second.getSnapshot().current.articles).toHaveLength(1)
    })
  })
})
