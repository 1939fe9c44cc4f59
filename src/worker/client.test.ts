import { describe, expect, it } from 'vitest'
import type { Claim, Report } from '../engine/index.ts'
import { CompareClient, WorkerCrashedError } from './client.ts'
import type { CompareRequest, WorkerResponse } from './protocol.ts'

/** A stand-in worker that records requests and lets the test reply when it wants. */
class FakeWorker {
  static created: FakeWorker[] = []
  requests: CompareRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  constructor() {
    FakeWorker.created.push(this)
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

const emptyReport: Report = { version: 1, documents: [], segments: [], claims: [], unique: [] }
const makeClient = () => {
  FakeWorker.created = []
  return new CompareClient(() => new FakeWorker() as unknown as Worker)
}

describe('CompareClient', () => {
  it('resolves a request with the reply that carries its id and reports progress', async () => {
    const client = makeClient()
    const stages: string[] = []
    const pending = client.compare([], {}, { onProgress: (_, stage) => stages.push(stage) })
    const worker = FakeWorker.created[0] as FakeWorker
    const id = worker.requests[0]?.id ?? -1
    worker.reply({ type: 'progress', id, fraction: 0.5, stage: 'align' })
    worker.reply({ type: 'result', id, report: emptyReport, elapsedMs: 3 })
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
