import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hashedFlagKey } from './flag-precision.ts'

interface MrpcJudgement {
  key: string
  pair: string
  kind: string
  values?: Record<string, string>
  verdict: string
  reason?: string
  note: string
}

const file = JSON.parse(readFileSync(new URL('./flag-judgements-mrpc.json', import.meta.url), 'utf8')) as {
  seen: string[]
  judgements: MrpcJudgement[]
}

describe('the MRPC flag judgements', () => {
  it('key each flag by its hashed pair, kind and values, so the scorer finds it', () => {
    const judged = file.judgements.find((judgement) => judgement.pair === '2108705-2108831')
    expect(judged?.values).toEqual({ a: '$2.5 billion', b: '$1.8 billion' })
    expect(hashedFlagKey('2108705-2108831', 'number', { a: '$2.5 billion', b: '$1.8 billion' })).toBe(
      judged?.key,
    )
  })

  it('judge each flag once, with a reason exactly when it is wrong', () => {
    const keys = file.judgements.map((judgement) => judgement.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const judgement of file.judgements) {
      expect(['right', 'wrong', 'update']).toContain(judgement.verdict)
      expect(judgement.reason !== undefined).toBe(judgement.verdict === 'wrong')
    }
    for (const key of file.seen) expect(keys).toContain(key)
  })

  it('keep MRPC sentences out: no quote is stored, and notes are short phrases', () => {
    for (const judgement of file.judgements) {
      if (judgement.kind === 'quote') expect(judgement.values).toBeUndefined()
      expect(judgement.note.split(/\s+/).length).toBeLessThanOrEqual(16)
    }
  })
})
