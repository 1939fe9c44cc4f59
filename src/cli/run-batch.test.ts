import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDuration, formatProgress } from './batch-progress.ts'
import { type CliStreams, countFileRequests, type TextOutput } from './cli-streams.ts'
import { main } from './main.ts'
import { DEFAULT_TIMEOUT_MS } from './parse-args.ts'
import { HELD_PER_JOB, RAMP_MS, runBatch } from './run-batch.ts'

const root = join(import.meta.dirname, '..', '..')
const demo = (name: string) => readFileSync(join(root, 'src', 'demo', 'articles', name), 'utf8')
const aljazeera = demo('aljazeera-2016-01-20-syria-talks-invite-list.txt')
const cnn = demo('cnn-2016-01-20-kerry-lavrov-impasse.txt')
const faultyWorker = new URL('./test-fixtures/faulty-batch-worker.mjs', import.meta.url)

/** A text sink that remembers what was written; `slow` makes it ask the writer to wait each time. */
function sink(slow = false): TextOutput & { text: () => string } {
  const chunks: string[] = []
  return {
    write: (chunk) => chunks.push(chunk) > 0 && !slow,
    once: (_event, listener) => setTimeout(listener, 1),
    text: () => chunks.join(''),
  }
}

async function* toStream(lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield `${line}\n`
}

/** A request comparing the demo pair, cut to `size` characters so requests take different times. */
const request = (id: string, size: number) =>
  JSON.stringify({
    id,
    articles: [
      { id: 'a', text: aljazeera.slice(0, size) },
      { id: 'b', text: cnn },
    ],
  })
const tiny = (id: string) => JSON.stringify({ id, articles: [{ id: 'a', text: `Kerry met Lavrov ${id}.` }] })

async function runMain(args: string[], lines: string[]) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(['batch', ...args], { stdin: toStream(lines), stdout, stderr })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

const ids = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string | null }).id)

describe('crosscheck batch --jobs', () => {
  const lines = [
    request('big', 3000),
    '{not json',
    tiny('small'),
    request('mid', 1200),
    '',
    JSON.stringify({ id: 'empty', articles: [] }),
    ...Array.from({ length: 12 }, (_, index) => request(`r${index}`, 200 + ((index * 331) % 2800))),
  ]

  it('writes byte-identical output with --jobs 2 as with --jobs 1, in input order', async () => {
    const one = await runMain(['--jobs', '1'], lines)
    const two = await runMain(['--jobs=2'], lines)
    expect(one).toMatchObject({ code: 0, stderr: '' })
    expect(two).toMatchObject({ code: 0, stderr: '' })
    expect(two.stdout).toBe(one.stdout)
    expect(ids(two.stdout)).toEqual([
      'big',
      null,
      'small',
      'mid',
      'empty',
      ...lines.slice(6).map((_, i) => `r${i}`),
    ])
  }, 60_000)

  it('holds only a bounded number of finished reports when the output is slower than the pool', async () => {
    const stdout = sink(true)
    const streams: CliStreams = {
      stdin: toStream(Array.from({ length: 600 }, (_, i) => tiny(`t${i}`))),
      stdout,
      stderr: sink(),
    }
    const result = await runBatch(streams, { jobs: 2, timeoutMs: DEFAULT_TIMEOUT_MS, quiet: true })
    expect(result.exitCode).toBe(0)
    expect(result.stats.written).toBe(600)
    // At most jobs × (1 + HELD_PER_JOB) answers are pending at once, so at most that many wait to be written.
    expect(result.stats.peakHeld).toBeGreaterThan(1)
    expect(result.stats.peakHeld).toBeLessThanOrEqual(2 * (1 + HELD_PER_JOB))
    expect(ids(stdout.text())).toEqual(Array.from({ length: 600 }, (_, i) => `t${i}`))
  }, 60_000)

  it('writes a report before the next line arrives, with a pool too', async () => {
    const stdout = sink()
    let before = ''
    async function* stdin(): AsyncGenerator<string> {
      yield `${tiny('first')}\n`
      for (let wait = 0; wait < 200 && stdout.text() === ''; wait++)
        await new Promise((r) => setTimeout(r, 25))
      before = stdout.text()
      yield `${tiny('second')}\n`
    }
    const result = await runBatch(
      { stdin: stdin(), stdout, stderr: sink() },
      { jobs: 2, timeoutMs: 5000, quiet: true },
    )
    expect(result.exitCode).toBe(0)
    expect(before).toMatch(/^\{"version":1,"id":"first",/)
  }, 30_000)
})

describe('crosscheck batch when a worker fails', () => {
  const run = (lines: string[], timeoutMs = DEFAULT_TIMEOUT_MS) => {
    const stdout = sink()
    return runBatch(
      { stdin: toStream(lines), stdout, stderr: sink() },
      { jobs: 2, timeoutMs, quiet: true },
      faultyWorker,
    ).then((result) => ({
      ...result,
      lines: stdout
        .text()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    }))
  }

  it('answers a request that crashes its worker with an error line, and the replaced workers go on', async () => {
    // Three crashes on two workers: the later requests are answered only if crashed workers are replaced.
    const lines = [tiny('a'), tiny('crash'), tiny('b'), tiny('exit'), tiny('crash'), tiny('c'), tiny('d')]
    const result = await run(lines)
    expect(result.lines.map((line) => [line.id, 'error' in line])).toEqual([
      ['a', false],
      ['crash', true],
      ['b', false],
      ['exit', true],
      ['crash', true],
      ['c', false],
      ['d', false],
    ])
    expect(result.lines[1]?.error).toMatch(
      /^line 2: comparison crashed its worker \(simulated crash\); the worker was replaced$/,
    )
    expect(result.lines[3]?.error).toMatch(/^line 4: comparison crashed its worker/)
  }, 30_000)

  it('answers a request past the time limit with an error line, and the next request still runs', async () => {
    // Long enough for a second worker, started while the hang runs, to boot on a busy machine.
    const result = await run([tiny('a'), tiny('hang'), tiny('b')], 4000)
    expect(result.lines.map((line) => line.id)).toEqual(['a', 'hang', 'b'])
    expect(result.lines[1]?.error).toBe(
      'line 2: comparison stopped after the time limit of 4000 ms (--timeout-ms)',
    )
    expect(result.lines[2]).toMatchObject({ version: 1, id: 'b' })
  }, 30_000)
})

describe('crosscheck batch worker ramp', () => {
  it('runs an input shorter than the ramp on one worker', async () => {
    // A ramp longer than the run, so a slow machine cannot turn this into a long input.
    const result = await runBatch(
      { stdin: toStream(['a', 'b', 'c'].map(tiny)), stdout: sink(), stderr: sink() },
      { jobs: 2, timeoutMs: DEFAULT_TIMEOUT_MS, quiet: true },
      undefined,
      60_000,
    )
    expect(result.stats.written).toBe(3)
    expect(result.peakRunning).toBe(1)
  }, 30_000)

  /** A hanging request then a short one, with the ramp at RAMP_MS; `countRequests` as a file gives. */
  async function runHangThenShort(countRequests?: () => Promise<number>) {
    const stdout = sink()
    const result = await runBatch(
      { stdin: toStream([tiny('hang'), tiny('b')]), stdout, stderr: sink(), countRequests },
      { jobs: 2, timeoutMs: 4 * RAMP_MS, quiet: true },
      faultyWorker,
      RAMP_MS,
    )
    return { peakRunning: result.peakRunning, ids: ids(stdout.text()) }
  }

  it('adds no worker when the file has too few requests left to repay its start-up', async () => {
    // 24 in the file: a pool (enough to start one), but after the first only 23 are left.
    expect(await runHangThenShort(async () => 24)).toEqual({ peakRunning: 1, ids: ['hang', 'b'] })
  }, 30_000)

  it('answers a file too short to repay a worker on the main thread, as --jobs 1 would', async () => {
    const stdout = sink()
    // The faulty worker would hang on this request; the main thread answers it with a report.
    await runBatch(
      { stdin: toStream([tiny('hang'), tiny('b')]), stdout, stderr: sink(), countRequests: async () => 2 },
      { jobs: 2, timeoutMs: 4 * RAMP_MS, quiet: true },
      faultyWorker,
      RAMP_MS,
    )
    const lines = stdout
      .text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; version?: number })
    expect(lines.map((line) => [line.id, line.version])).toEqual([
      ['hang', 1],
      ['b', 1],
    ])
  }, 30_000)

  it('adds a worker once the pool has stayed busy with a request waiting', async () => {
    expect(await runHangThenShort()).toEqual({ peakRunning: 2, ids: ['hang', 'b'] })
  }, 30_000)
})

describe('crosscheck batch usage', () => {
  for (const args of [
    ['--jobs', '0'],
    ['--jobs', 'two'],
    ['--timeout-ms'],
    ['--jobs=1.5'],
    ['--colour'],
    ['file.jsonl'],
  ]) {
    it(`exits 2 with one stderr line for batch ${args.join(' ')}`, async () => {
      const result = await runMain(args, [])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^crosscheck: [^\n]+\n$/)
    })
  }
})

describe('batch progress', () => {
  it('shows done / total, the rate and an ETA, or a count alone for a pipe', () => {
    expect(formatProgress({ done: 250, total: 1000, elapsedMs: 10_000 })).toBe(
      'crosscheck batch: 250 / 1,000 · 25/s · ETA 30 s',
    )
    expect(formatProgress({ done: 3, total: null, elapsedMs: 2000 })).toBe('crosscheck batch: 3 done · 1.5/s')
    expect(formatDuration(200)).toBe('3 min 20 s')
    expect(formatDuration(7500)).toBe('2 h 05 min')
  })

  it('draws on a terminal stderr unless --quiet, and never on a pipe', async () => {
    const draw = async (isTTY: boolean, quiet: boolean) => {
      const stderr = { ...sink(), isTTY }
      const streams: CliStreams = {
        stdin: toStream([tiny('a'), tiny('b')]),
        stdout: sink(),
        stderr,
        countRequests: async () => 2,
      }
      await runBatch(streams, { jobs: 1, timeoutMs: 1000, quiet })
      return stderr.text()
    }
    expect(await draw(true, false)).toMatch(/crosscheck batch: 2 reports in \d+\.\d s/)
    expect(await draw(true, true)).toBe('')
    expect(await draw(false, false)).toBe('')
  })

  it('counts the non-blank lines of a file given as stdin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-count-'))
    try {
      await writeFile(join(dir, 'in.jsonl'), '{"a":1}\n\n  \n{"b":2}\r\n{"c":3}')
      const { openSync, closeSync } = await import('node:fs')
      const fd = openSync(join(dir, 'in.jsonl'), 'r')
      expect(await countFileRequests(fd)).toBe(3)
      closeSync(fd)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('Ctrl-C during crosscheck batch', () => {
  it('stops with exit code 130, the finished reports written whole and in order', async () => {
    const child = spawn(process.execPath, ['bin/crosscheck.mjs', 'batch', '--jobs', '2'], { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Three requests, then the input stays open as a slow producer's would, with a fourth still running.
    child.stdin.write(`${request('one', 500)}\n${request('two', 900)}\n${tiny('three')}\n`)
    for (let wait = 0; wait < 400 && stdout.split('\n').length < 4; wait++)
      await new Promise((r) => setTimeout(r, 25))
    // Copies told apart by a number in every sentence, so none is a duplicate the engine skips.
    const long = (text: string) =>
      Array.from({ length: 40 }, (_, copy) => text.replaceAll('. ', ` ${copy}. `)).join('\n\n')
    const four = {
      id: 'four',
      articles: [
        { id: 'a', text: long(aljazeera) },
        { id: 'b', text: long(cnn) },
      ],
    }
    child.stdin.write(`${JSON.stringify(four)}\n`)
    await new Promise((r) => setTimeout(r, 150))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(ids(stdout)).toEqual(['one', 'two', 'three'])
    expect(stdout.endsWith('\n')).toBe(true)
    expect(stderr).toBe('crosscheck: interrupted; 3 complete reports written\n')
  }, 60_000)
})
