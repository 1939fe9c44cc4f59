import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../engine/index.ts'
import type { TextOutput } from './cli-streams.ts'
import { main } from './main.ts'

/** Runs `crosscheck compare` in-process and returns its exit code and both outputs. */
async function compare(...names: string[]) {
  const sink = (): TextOutput & { chunks: string[] } => {
    const chunks: string[] = []
    return { chunks, write: (chunk) => chunks.push(chunk) > 0, once: () => undefined }
  }
  const stdout = sink()
  const stderr = sink()
  const stdin = (async function* () {})()
  const code = await main(['compare', ...names.map((name) => join(dir, name))], { stdin, stdout, stderr })
  return { code, stdout: stdout.chunks.join(''), stderr: stderr.chunks.join('') }
}

let dir = ''
const good = 'Kerry met Lavrov in Zurich on Wednesday. The talks start on Jan. 25 in Geneva.\n'
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return bytes
}

/** Files a fact-checker may hand the CLI, by name. */
const files: Record<string, string | Uint8Array> = {
  'good.txt': good,
  'empty.txt': '',
  'blank.txt': '  \n\t\n \u00a0\n',
  'bom-only.txt': new Uint8Array([0xef, 0xbb, 0xbf]),
  'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'invalid-utf8.txt': new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x41]),
  'utf16.txt': utf16le(good),
  'script-only.html': '<html><body><script>globalThis.__xss = 1</script><img src=x onerror=1></body></html>',
  'arabic.txt': 'قال الوزير إن المحادثات ستبدأ في جنيف يوم 25 يناير.\n',
  'hebrew.txt': 'השר אמר כי השיחות יתחילו בז׳נבה ב-25 בינואר.\n',
  'cjk.txt': '外长周三在苏黎世会晤。会谈将于1月25日在日内瓦开始。\n',
  'emoji.txt': `👩‍👩‍👧 Kerry met Lavrov\u200b in Zu\u0308rich on Wednesday. 🏳️‍🌈\n`,
  'long-line.txt': `${'word '.repeat(200_000)}\n`,
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-bad-input-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Fails unless the run refused the file with exactly one line on stderr and exit code 2. */
function expectOneLineRefusal(result: Awaited<ReturnType<typeof compare>>, message: RegExp) {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^crosscheck: [^\n]+\n$/)
  expect(result.stderr).toMatch(message)
}

describe('crosscheck compare refuses a bad file with one stderr line and exit 2', () => {
  it('a binary file renamed .txt', async () => {
    expectOneLineRefusal(await compare('good.txt', 'image.txt'), /image\.txt: looks like a binary file/)
  })

  it('invalid UTF-8', async () => {
    expectOneLineRefusal(
      await compare('good.txt', 'invalid-utf8.txt'),
      /invalid-utf8\.txt: is not valid UTF-8/,
    )
  })

  for (const name of ['empty.txt', 'blank.txt', 'bom-only.txt', 'script-only.html']) {
    it(`a file with no text (${name})`, async () => {
      expectOneLineRefusal(await compare('good.txt', name), new RegExp(`${name}: has no text`))
    })
  }
})

describe('crosscheck compare reads strange but valid text', () => {
  it('UTF-16 with a byte-order mark is decoded like the app does', async () => {
    const result = await compare('good.txt', 'utf16.txt')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.documents[1]?.text).toBe(good)
  })

  for (const name of ['arabic.txt', 'hebrew.txt', 'cjk.txt', 'emoji.txt', 'long-line.txt']) {
    it(`${name}: compared, exit 0, the text kept exactly and every offset valid`, async () => {
      const result = await compare('good.txt', name)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      const report = JSON.parse(result.stdout) as Report
      expect(report.documents[1]?.text).toBe(files[name])
      for (const segment of report.segments) {
        const text = report.documents.find((document) => document.id === segment.doc)?.text ?? ''
        expect(text.slice(segment.start, segment.end)).toBe(segment.text)
      }
    })
  }

  it('a page made only of script runs nothing while it is read', async () => {
    await compare('good.txt', 'script-only.html')
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined()
  })
})
