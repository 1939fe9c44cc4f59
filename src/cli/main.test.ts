import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../engine/index.ts'
import type { CliStreams, TextOutput } from './cli-streams.ts'
import { main } from './main.ts'

/** A text sink that remembers what was written. */
function captureOutput(): TextOutput & { text: () => string } {
  const chunks: string[] = []
  return { write: (chunk) => chunks.push(chunk) > 0, once: () => undefined, text: () => chunks.join('') }
}

/** Runs `main` in-process with the given stdin and returns the exit code and both outputs. */
async function run(args: string[], stdin: AsyncIterable<string | Uint8Array> = toStream([])) {
  const stdout = captureOutput()
  const stderr = captureOutput()
  const streams: CliStreams = { stdin, stdout, stderr }
  const code = await main(args, streams)
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

async function* toStream(chunks: Array<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  for (const chunk of chunks) yield chunk
}

let dir = ''
const file = (name: string): string => join(dir, name)
const first = 'Kerry met Lavrov in Zurich on Wednesday.\n\nThe talks start on January 25.\n'
const second = 'Lavrov and Kerry met in Zurich.\nThe talks are set for January 25 in Geneva.\n'
const page = `<html><head><title>Page title</title><meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2016-01-20T10:00:00Z"></head>
  <body><nav>Home World Sport</nav><article><h1>Talks in Zurich</h1>
  <img src="x" onerror="globalThis.pwned = true"><script>globalThis.leaked = 'script ran'</script>
  <p>${'Kerry met Lavrov in Zurich on Wednesday to discuss the Syria peace talks and the invitation list. '.repeat(4)}</p>
  <p>${'The talks are scheduled to start on January 25 in Geneva, officials from both sides said. '.repeat(4)}</p>
  </article></body></html>`

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-cli-'))
  await writeFile(file('cnn.txt'), `\uFEFF${first}`)
  await writeFile(file('bbc.txt'), second)
  await writeFile(file('notes.md'), 'Intro line\n\n# Kerry and Lavrov meet ##\n\nThey met *in Zurich*.\n')
  await writeFile(file('page.html'), page)
  await writeFile(file('scan.pdf'), '%PDF-1.4')
  await writeFile(file('binary.txt'), new Uint8Array([72, 105, 0, 33]))
  await writeFile(file('latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
  await mkdir(file('folder.txt'))
  await mkdir(file('other'))
  await writeFile(join(dir, 'other', 'cnn.txt'), second)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('crosscheck --help', () => {
  it('prints usage to stdout and exits 0', async () => {
    const result = await run(['--help'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('crosscheck compare [--format json|markdown] FILE FILE')
    expect((await run(['compare', '-h'])).code).toBe(0)
  })
})

describe('crosscheck usage and file errors', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['no command', () => [], /missing command/],
    ['an unknown command', () => ['diff', file('cnn.txt'), file('bbc.txt')], /unknown command "diff"/],
    [
      'an unknown flag',
      () => ['compare', '--colour', file('cnn.txt'), file('bbc.txt')],
      /unknown option "--colour"/,
    ],
    ['one file', () => ['compare', file('cnn.txt')], /at least 2 files, got 1/],
    [
      'an unknown format',
      () => ['compare', '--format', 'xml', file('cnn.txt'), file('bbc.txt')],
      /unknown format "xml"/,
    ],
    [
      'a format without value',
      () => ['compare', file('cnn.txt'), file('bbc.txt'), '--format'],
      /needs a value/,
    ],
    ['a missing file', () => ['compare', file('cnn.txt'), file('gone.txt')], /gone\.txt: no such file/],
    ['a directory', () => ['compare', file('cnn.txt'), file('folder.txt')], /folder\.txt: is a directory/],
    [
      'an unsupported type',
      () => ['compare', file('cnn.txt'), file('scan.pdf')],
      /scan\.pdf: unsupported file type/,
    ],
    [
      'a binary file',
      () => ['compare', file('cnn.txt'), file('binary.txt')],
      /binary\.txt: looks like a binary/,
    ],
    [
      'undecodable text',
      () => ['compare', file('cnn.txt'), file('latin1.txt')],
      /latin1\.txt: is not valid UTF-8/,
    ],
    [
      'two files with one name',
      () => ['compare', file('cnn.txt'), join(dir, 'other', 'cnn.txt')],
      /two files are named cnn\.txt/,
    ],
    ['arguments to batch', () => ['batch', file('cnn.txt')], /batch takes no arguments/],
  ]
  for (const [name, args, message] of cases) {
    it(`exits 2 with one stderr line for ${name}`, async () => {
      const result = await run(args())
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^crosscheck: [^\n]+\n$/)
      expect(result.stderr).toMatch(message)
    })
  }
})

describe('crosscheck compare', () => {
  it('prints a version-1 JSON report whose offsets index the file text, BOM stripped', async () => {
    const result = await run(['compare', file('cnn.txt'), file('bbc.txt')])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^\{\n {2}"version": 1,\n/)
    const report = JSON.parse(result.stdout) as Report
    expect(report.documents.map((document) => [document.id, document.text])).toEqual([
      ['cnn.txt', first],
      ['bbc.txt', second],
    ])
    expect(Array.isArray(report.claims) && Array.isArray(report.unique)).toBe(true)
    expect(report.segments.length).toBeGreaterThan(0)
    for (const segment of report.segments) {
      const text = report.documents.find((document) => document.id === segment.doc)?.text
      expect(text?.slice(segment.start, segment.end)).toBe(segment.text)
    }
  })

  it('takes the Markdown title from the first # heading and keeps the raw Markdown as text', async () => {
    const result = await run(['compare', '--format=json', file('notes.md'), file('bbc.txt')])
    const report = JSON.parse(result.stdout) as Report
    expect(report.documents[0]).toMatchObject({ id: 'notes.md', title: 'Kerry and Lavrov meet' })
    expect(report.documents[0]?.text).toContain('They met *in Zurich*.')
  })

  it('reads outlet, date and title from the demo files: their names, datelines and source lines', async () => {
    const demo = (name: string) => fileURLToPath(new URL(`../demo/articles/${name}`, import.meta.url))
    const names = [
      'aljazeera-2016-01-20-syria-talks-invite-list.txt',
      'cnn-2016-01-20-kerry-lavrov-impasse.txt',
    ]
    const named = JSON.parse((await run(['compare', ...names.map(demo)])).stdout) as Report
    expect(named.documents.map(({ source, published }) => ({ source, published }))).toEqual([
      { source: 'Al Jazeera', published: '2016-01-20' },
      { source: 'CNN', published: '2016-01-20' },
    ])
    // Renamed, the files still name their outlets in the text: "SOURCE: Al Jazeera and agencies", "(CNN)".
    await writeFile(file('first.txt'), await readFile(demo(names[0] ?? '')))
    await writeFile(file('second.txt'), await readFile(demo(names[1] ?? '')))
    const renamed = JSON.parse(
      (await run(['compare', file('first.txt'), file('second.txt')])).stdout,
    ) as Report
    expect(renamed.documents.map(({ source, title }) => ({ source, title }))).toEqual([
      { source: 'Al Jazeera', title: 'US and Russia fail to agree on Syria talks invite list' },
      { source: 'CNN', title: 'Kerry, Lavrov meet to end impasse over Syria talks' },
    ])
    expect(renamed.documents[0]?.published ?? null).toBeNull()
  })

  it('extracts the article text and metadata from HTML', async () => {
    const result = await run(['compare', file('page.html'), file('bbc.txt')])
    const document = (JSON.parse(result.stdout) as Report).documents[0]
    expect(document).toMatchObject({ id: 'page.html', title: 'Page title', source: 'Example News' })
    expect(document?.published).toBe('2016-01-20')
    expect(document?.text).toContain('The talks are scheduled to start on January 25 in Geneva')
    expect(document?.text).not.toContain('Home World Sport')
    expect(document?.text).not.toMatch(/pwned|leaked|script ran/)
    expect((globalThis as { pwned?: boolean; leaked?: string }).leaked).toBeUndefined()
  })

  it('prints a Markdown report with --format markdown, flags in any position', async () => {
    const result = await run(['compare', file('cnn.txt'), '--format', 'markdown', file('bbc.txt')])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^# Crosscheck report\n/)
    expect(result.stdout).toContain('| cnn.txt |')
    expect(result.stdout).toContain('## Summary')
  })
})

describe('crosscheck batch', () => {
  const request = (id: string, count: number): string =>
    JSON.stringify({
      id,
      articles: [
        { id: 'a', title: 'A', source: 'Outlet A', published: '2016-01-20', text: first },
        { id: 'b', text: second },
      ].slice(0, count),
    })

  it('answers every line in order, errors on their own line, skipping empty lines', async () => {
    const lines = [
      request('r1', 2),
      '{not json',
      '',
      JSON.stringify({ id: 'r3', articles: [{ id: 'a' }] }),
      JSON.stringify({ id: 'r4', articles: [] }),
      JSON.stringify({ articles: [{ id: 'a', text: 'x' }] }),
      JSON.stringify({ id: 'r6', articles: [{ id: 'a', text: 'x', source: 7 }] }),
      JSON.stringify({
        id: 'r7',
        articles: [
          { id: 'a', text: 'x' },
          { id: 'a', text: 'y' },
        ],
      }),
      `${request('r8', 1)}\r`,
      request('r9', 2),
    ]
    const result = await run(['batch'], toStream([`${lines.join('\n')}\n`]))
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const answers = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(answers.map((answer) => [answer.id, 'error' in answer])).toEqual([
      ['r1', false],
      [null, true],
      ['r3', true],
      ['r4', true],
      [null, true],
      ['r6', true],
      ['r7', true],
      ['r8', false],
      ['r9', false],
    ])
    expect(answers[1]?.error).toMatch(/^line 2: invalid JSON/)
    expect(answers[2]?.error).toMatch(/^line 4: articles\[0\]: "text" must be a string/)
    expect(answers[3]?.error).toMatch(/empty/)
    const report = answers[0] as unknown as Report
    expect(report.version).toBe(1)
    expect(report.documents[0]).toMatchObject({
      id: 'a',
      title: 'A',
      source: 'Outlet A',
      published: '2016-01-20',
    })
    const single = answers[7] as unknown as Report
    expect(single.claims).toEqual([])
    expect(single.unique.length).toBe(
      single.segments.filter((segment) => segment.role === 'headline' || segment.role === 'body').length,
    )
    expect(result.stdout).not.toContain('\n  ')
  })

  it('streams: a report is written before the next line is read', async () => {
    const stdout = captureOutput()
    const seenBeforeSecond: string[] = []
    async function* stdin(): AsyncGenerator<string> {
      yield `${request('first', 2)}\n`
      seenBeforeSecond.push(stdout.text())
      yield `${request('second', 2)}\n`
    }
    const code = await main(['batch', '--jobs', '1'], { stdin: stdin(), stdout, stderr: captureOutput() })
    expect(code).toBe(0)
    expect(seenBeforeSecond[0]).toMatch(/^\{"version":1,"id":"first",/)
    expect(stdout.text().trimEnd().split('\n')).toHaveLength(2)
  })
})

describe('bin/crosscheck.mjs', () => {
  it('compares the two demo articles end to end in a child process', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        'bin/crosscheck.mjs',
        'compare',
        'src/demo/articles/aljazeera-2016-01-20-syria-talks-invite-list.txt',
        'src/demo/articles/cnn-2016-01-20-kerry-lavrov-impasse.txt',
      ],
      { cwd: join(import.meta.dirname, '..', '..'), maxBuffer: 64 * 1024 * 1024 },
    )
    const report = JSON.parse(stdout) as Report
    expect(report.version).toBe(1)
    expect(report.documents.map((document) => document.id)).toEqual([
      'aljazeera-2016-01-20-syria-talks-invite-list.txt',
      'cnn-2016-01-20-kerry-lavrov-impasse.txt',
    ])
    expect(report.segments.length).toBeGreaterThan(20)
  }, 60_000)
})
