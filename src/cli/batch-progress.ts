import type { TextOutput } from './cli-streams.ts'

/** Redraws at most this often: a terminal line rewritten per request would cost more than it tells. */
const REDRAW_MS = 250

/** What the progress line says at one moment. */
export interface ProgressState {
  /** Reports written. */
  done: number
  /** Requests in the input, when it is a file; null for a pipe. */
  total: number | null
  /** Milliseconds since the run started. */
  elapsedMs: number
}

/** The progress line: done / total when known, the rate, and an ETA from that rate. */
export function formatProgress({ done, total, elapsedMs }: ProgressState): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const count = total === null ? `${formatCount(done)} done` : `${formatCount(done)} / ${formatCount(total)}`
  const parts = [count, `${rate.toFixed(rate >= 10 ? 0 : 1)}/s`]
  if (total !== null && rate > 0 && done < total) parts.push(`ETA ${formatDuration((total - done) / rate)}`)
  return `crosscheck batch: ${parts.join(' · ')}`
}

/** Seconds as `45 s`, `3 min 20 s` or `2 h 05 min`. */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds)
  if (whole < 60) return `${whole} s`
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Progress on stderr for a person watching a terminal: one line redrawn in place, a summary at the
 * end. Created only when stderr is a terminal and `--quiet` is not given, so pipes and logs stay clean.
 */
export class BatchProgress {
  private total: number | null = null
  private lastDraw = Number.NEGATIVE_INFINITY
  private readonly started: number

  constructor(
    private readonly output: TextOutput,
    total: Promise<number | null>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now()
    void total.then((count) => {
      this.total = count
    })
  }

  /** Redraws the line when the last redraw is old enough. */
  update(done: number): void {
    const at = this.now()
    if (at - this.lastDraw < REDRAW_MS) return
    this.lastDraw = at
    this.output.write(
      `\r${formatProgress({ done, total: this.total, elapsedMs: at - this.started })}\u001b[K`,
    )
  }

  /** Replaces the line with the final count; `note` says why the run ended early, if it did. */
  finish(done: number, note = ''): void {
    const seconds = (this.now() - this.started) / 1000
    const summary = `crosscheck batch: ${formatCount(done)} reports in ${seconds.toFixed(1)} s${note}`
    this.output.write(`\r${summary}\u001b[K\n`)
  }
}
