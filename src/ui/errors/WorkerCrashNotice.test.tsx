// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CompareClient } from '../../worker/client.ts'
import { WorkerCrashNotice } from './WorkerCrashNotice.tsx'

/** A stand-in Worker that can be made to crash the way a real one reports it (an `error` event). */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  terminated = false
  postMessage(): void {}
  terminate(): void {
    this.terminated = true
  }
  crash(): void {
    this.onerror?.(new ErrorEvent('error', { message: 'out of memory', cancelable: true }))
  }
}

function setup() {
  const workers: FakeWorker[] = []
  const client = new CompareClient(() => {
    const worker = new FakeWorker()
    workers.push(worker)
    return worker as unknown as Worker
  })
  return { client, workers }
}

describe('WorkerCrashNotice', () => {
  it('shows nothing while the worker is healthy', () => {
    const { client } = setup()
    render(<WorkerCrashNotice client={client} />)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says the worker was restarted when it crashes mid-run, and the next run gets a fresh worker', async () => {
    const { client, workers } = setup()
    render(<WorkerCrashNotice client={client} />)
    const run = client.compare([{ id: 'a', text: 'x' }], {})
    const failed = run.catch((error: Error) => error.name)
    act(() => workers[0]?.crash())
    expect(await failed).toBe('WorkerCrashedError')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The comparison worker stopped unexpectedly and was restarted',
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Your articles are untouched')
    void client.compare([{ id: 'a', text: 'x' }], {}).catch(() => undefined)
    expect(workers).toHaveLength(2)
    expect(workers[0]?.terminated).toBe(true)
  })

  it('counts repeated crashes and can be dismissed', async () => {
    const { client, workers } = setup()
    render(<WorkerCrashNotice client={client} />)
    for (let n = 0; n < 2; n++) {
      void client.compare([{ id: 'a', text: 'x' }], {}).catch(() => undefined)
      act(() => workers[n]?.crash())
    }
    expect(screen.getByRole('alert')).toHaveTextContent('(2 times)')
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('stops listening when it unmounts', () => {
    const { client, workers } = setup()
    const view = render(<WorkerCrashNotice client={client} />)
    view.unmount()
    void client.compare([{ id: 'a', text: 'x' }], {}).catch(() => undefined)
    expect(() => workers[0]?.crash()).not.toThrow()
  })
})
