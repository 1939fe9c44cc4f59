import { describe, expect, it } from 'vitest'
import type { Claim, Report } from '../engine/index.ts'
import { CompareClient, WorkerCrashedError } from './client.ts'
import type { CompareRequest, WorkerResponse } from './protocol.ts'

/**
 * A stand-in worker that records requests and lets the test reply when it wants. It says it is
 * ready as soon as the client listens, as the real one does once its engine has loaded, unless
 * `FakeWorker.startReady` is false (then the test calls `reply({ type: 'ready' })`).
 */
class FakeWorker {
  static created: FakeWorker[] = []
  static startReady = true
  requests: CompareRequest[] = []
  terminated = false
  onerror: ((event: ErrorEvent) => void) | null = null
  private listener: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  constructor() {
    FakeWorker.created.push(this)
  }
  get onmessage() {
    return this.listener
  }
  set onmessage(listener: ((event: MessageEvent<WorkerResponse>) => void) | null) {
    this.listener = listener
    if (FakeWorker.startReady) this.reply({ type: 'ready' })
  }
  postMessage(request: CompareRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  reply(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>)
  }
  crash() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent)
  }
}

/** The worker reports one stage of its first request, then answers it with the empty report. */
const answerFirstRequest = (worker: FakeWorker, stage: string, elapsedMs: number) => {
  const id = worker.requests[0]?.id ?? -1
  worker.reply({ type: 'progress', id, fraction: 0.5, stage })
  worker.reply({ type: 'result', id, report: emptyReport, elapsedMs })
}

/** Resolves after the current task, once timers set for 0 ms have run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

const emptyReport: Report = { version: 1, documents: [], segments: [], claims: [], unique: [] }
const makeClient = (startReady = true) => {
  FakeWorker.created = []
  FakeWorker.startReady = startReady
  return new CompareClient(() => new FakeWorker() as unknown as Worker)
}

describe('CompareClient', () => {
  it('gives the worker no request before it says it is ready', async () => {
    const client = makeClient(false)
    const pending = client.compare([], {})
    const worker = FakeWorker.created[0] as FakeWorker
    expect(worker.requests).toEqual([])
    worker.reply({ type: 'ready' })
    const id = worker.requests[0]?.id ?? -1
    worker.reply({ type: 'result', id, report: emptyReport, elapsedMs: 1 })
    await expect(pending).resolves.toEqual({ report: emptyReport, elapsedMs: 1 })
  })

  it('drops a request cancelled while the worker loads, and keeps the worker and the next request', async () => {
    const client = makeClient(false)
    const controller = new AbortController()
    const cancelled = client.compare([], {}, { signal: controller.signal })
    const next = client.compare([], {})
    controller.abort()
    await expect(cancelled).rejects.toThrow('cancelled')
    const worker = FakeWorker.created[0] as FakeWorker
    expect(FakeWorker.created).toHaveLength(1)
    expect(worker.terminated).toBe(false)
    worker.reply({ type: 'ready' })
    expect(worker.requests.map((request) => request.id)).toHaveLength(1)
    worker.reply({ type: 'result', id: worker.requests[0]?.id ?? -1, report: emptyReport, elapsedMs: 2 })
    await expect(next).resolves.toEqual({ report: emptyReport, elapsedMs: 2 })
  })

  it('resolves a request with the reply that carries its id and reports progress', async () => {
    const client = makeClient()
    const stages: string[] = []
    const pending = client.compare([], {}, { onProgress: (_, stage) => stages.push(stage) })
    answerFirstRequest(FakeWorker.created[0] as FakeWorker, 'align', 3)
    await expect(pending).resolves.toEqual({ report: emptyReport, elapsedMs: 3 })
    expect(stages).toEqual(['align'])
  })

  it('drops a reply whose id it no longer waits for', async () => {
    const client = makeClient()
    const controller = new AbortController()
    const first = client.compare([], {}, { signal: controller.signal })
    controller.abort()
    await expect(first).rejects.toThrow('cancelled')
    const firstWorker = FakeWorker.created[0] as FakeWorker
    // The worker running it is replaced after the task in which it was cancelled.
    expect(firstWorker.terminated).toBe(false)
    await nextTask()
    expect(firstWorker.terminated).toBe(true)
    // Its replacement starts at once, ready for the request that follows.
    expect(FakeWorker.created).toHaveLength(2)

    const second = client.compare([], {})
    const secondWorker = FakeWorker.created[1] as FakeWorker
    const staleId = firstWorker.requests[0]?.id ?? -1
    secondWorker.reply({ type: 'result', id: staleId, report: { ...emptyReport, id: 'stale' }, elapsedMs: 1 })
    secondWorker.reply({
      type: 'result',
      id: secondWorker.requests[0]?.id ?? -1,
      report: emptyReport,
      elapsedMs: 1,
    })
    await expect(second).resolves.toMatchObject({ report: { claims: [] } })
    expect((await second).report.id).toBeUndefined()
  })

  it('lets a request for the same input take over a running one cancelled in the same task', async () => {
    const client = makeClient()
    const articles = [{ id: 'a', text: 'One.' }]
    const controller = new AbortController()
    const first = client.compare(articles, {}, { signal: controller.signal })
    controller.abort()
    const stages: string[] = []
    const again = client.compare(articles, {}, { onProgress: (_, stage) => stages.push(stage) })
    await expect(first).rejects.toThrow('cancelled')
    await nextTask()
    const worker = FakeWorker.created[0] as FakeWorker
    expect(FakeWorker.created).toHaveLength(1)
    expect(worker.terminated).toBe(false)
    expect(worker.requests).toHaveLength(1)
    answerFirstRequest(worker, 'group', 4)
    await expect(again).resolves.toEqual({ report: emptyReport, elapsedMs: 4 })
    expect(stages).toEqual(['group'])
  })

  it('replaces the worker at once when a request for another input follows a cancelled one', async () => {
    const client = makeClient()
    const controller = new AbortController()
    const first = client.compare([{ id: 'a', text: 'One.' }], {}, { signal: controller.signal })
    controller.abort()
    const other = client.compare([{ id: 'b', text: 'Two.' }], {})
    await expect(first).rejects.toThrow('cancelled')
    expect((FakeWorker.created[0] as FakeWorker).terminated).toBe(true)
    const fresh = FakeWorker.created[1] as FakeWorker
    expect(fresh.requests.map((request) => request.articles[0]?.id)).toEqual(['b'])
    fresh.reply({ type: 'result', id: fresh.requests[0]?.id ?? -1, report: emptyReport, elapsedMs: 1 })
    await expect(other).resolves.toEqual({ report: emptyReport, elapsedMs: 1 })
  })

  it('starts its worker on warm-up and sends the first request to that worker', () => {
    const client = makeClient()
    client.warmUp()
    expect(FakeWorker.created).toHaveLength(1)
    void client.compare([], {})
    expect(FakeWorker.created).toHaveLength(1)
    expect((FakeWorker.created[0] as FakeWorker).requests).toHaveLength(1)
  })

  it('restarts after a crash and tells its listeners', async () => {
    const client = makeClient()
    let crashes = 0
    client.onCrash(() => crashes++)
    const pending = client.compare([], {})
    ;(FakeWorker.created[0] as FakeWorker).crash()
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashedError)
    expect(crashes).toBe(1)
    const next = client.compare([], {})
    const fresh = FakeWorker.created[1] as FakeWorker
    fresh.reply({ type: 'result', id: fresh.requests[0]?.id ?? -1, report: emptyReport, elapsedMs: 1 })
    await expect(next).resolves.toMatchObject({ elapsedMs: 1 })
  })

  it('puts a report together from the claims sent ahead of it, in order', async () => {
    const client = makeClient()
    const pending = client.compare([], {})
    const worker = FakeWorker.created[0] as FakeWorker
    const id = worker.requests[0]?.id ?? -1
    const claim = (claimId: string): Claim => ({
      id: claimId,
      segments: [],
      status: 'agreement',
      score: 1,
      differences: [],
      details: [],
    })
    worker.reply({ type: 'claims', id, claims: [claim('c0'), claim('c1')] })
    worker.reply({ type: 'claims', id, claims: [claim('c2')] })
    worker.reply({ type: 'result', id, report: emptyReport, claimsSent: 3, elapsedMs: 5 })
    const { report } = await pending
    expect(report.claims.map((found) => found.id)).toEqual(['c0', 'c1', 'c2'])
  })

  it('rejects a report whose claims did not all arrive rather than show part of it', async () => {
    const client = makeClient()
    const pending = client.compare([], {})
    const worker = FakeWorker.created[0] as FakeWorker
    const id = worker.requests[0]?.id ?? -1
    worker.reply({ type: 'result', id, report: emptyReport, claimsSent: 2, elapsedMs: 5 })
    await expect(pending).rejects.toThrow('incomplete')
  })

  it('passes an engine error on as a rejection', async () => {
    const client = makeClient()
    const pending = client.compare([], {})
    const worker = FakeWorker.created[0] as FakeWorker
    worker.reply({ type: 'error', id: worker.requests[0]?.id ?? -1, message: 'bad input' })
    await expect(pending).rejects.toThrow('bad input')
  })
})
