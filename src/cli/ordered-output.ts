import { type TextOutput, writeText } from './cli-streams.ts'

/** How many reports the reorder buffer held at once, for the memory bound's test and bench. */
export interface OrderedOutputStats {
  /** Lines written. */
  written: number
  /** The most answers that were finished but not yet written (waiting for an earlier one). */
  peakHeld: number
}

/**
 * Writes answers in the order they were added, each as soon as it and every earlier one are done.
 * Answers finish out of order on a pool; the ones finished early wait here, and `waitForRoom`
 * holds the reader back once `capacity` answers are pending, so memory stays bounded however long
 * the input is.
 */
export class OrderedOutput {
  /** Answers added and not yet written, oldest first. */
  private readonly queue: Array<{ answer: Promise<string>; done: boolean }> = []
  private held = 0
  private draining: Promise<void> | null = null
  private roomWaiters: Array<() => void> = []
  private stopped = false
  /** Wakes the drain loop from its wait on the head answer when `stop` is called. */
  private wakeDrain: () => void = () => undefined
  /** Counts for tests and the bench. */
  readonly stats: OrderedOutputStats = { written: 0, peakHeld: 0 }

  /** `capacity`: answers pending (running or finished) before `waitForRoom` waits. */
  constructor(
    private readonly output: TextOutput,
    private readonly capacity: number,
  ) {}

  /** Adds the next answer in input order; it is written when it and all before it are done. */
  add(answer: Promise<string>): void {
    const entry = { answer, done: false }
    this.queue.push(entry)
    void answer.then(() => {
      entry.done = true
      this.held++
      this.stats.peakHeld = Math.max(this.stats.peakHeld, this.held)
    })
    this.draining ??= this.drain()
  }

  /** Resolves once fewer than `capacity` answers are pending. */
  async waitForRoom(): Promise<void> {
    while (this.queue.length >= this.capacity && !this.stopped) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve))
    }
  }

  /** Resolves when every added answer is written. */
  async finish(): Promise<void> {
    while (this.draining !== null) await this.draining
  }

  /**
   * Stops at once: writes the answers already done at the head of the queue (so what was written
   * is a whole, ordered prefix of the reports) and drops the rest. Returns the lines written.
   */
  async stop(): Promise<number> {
    this.stopped = true
    this.wakeDrain()
    this.wakeReaders()
    await this.draining
    return this.stats.written
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0]
      if (head === undefined || (this.stopped && !head.done)) break
      // `add` registered its `then` first, so `done` is set by the time this await returns. Not
      // `Promise.race` with a stop promise: each race would leave a reaction on it for the whole run.
      const text = await new Promise<string | undefined>((resolve) => {
        this.wakeDrain = () => resolve(undefined)
        void head.answer.then(resolve)
      })
      if (text === undefined) break
      await writeText(this.output, `${text}\n`)
      this.queue.shift()
      this.held--
      this.stats.written++
      this.wakeReaders()
    }
    this.draining = null
  }

  private wakeReaders(): void {
    const waiters = this.roomWaiters
    this.roomWaiters = []
    for (const wake of waiters) wake()
  }
}
