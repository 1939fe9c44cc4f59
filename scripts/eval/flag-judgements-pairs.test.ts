import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hashedFlagKey } from './flag-precision.ts'

interface PairJudgement {
  key: string
  pair: string
  kind: string
  values?: Record<string, string>
  verdict: string
  reason?: string
  note: string
}

/** A sentence-pair set's judgements file, read as the scorer reads it. */
function judgementsOf(name: string): { seen: string[]; judgements: PairJudgement[] } {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'))
}

describe('the MRPC flag judgements', () => {
  it('key each flag by its hashed pair, kind and values, so the scorer finds it', () => {
    const judged = judgementsOf('flag-judgements-mrpc.json').judgements.find(
      (judgement) => judgement.pair === '2108705-2108831',
    )
    expect(judged?.values).toEqual({ a: '$2.5 billion', b: '$1.8 billion' })
    expect(hashedFlagKey('2108705-2108831', 'number', { a: '$2.5 billion', b: '$1.8 billion' })).toBe(
      judged?.key,
    )
  })
})

describe.each(['flag-judgements-mrpc.json', 'flag-judgements-stsb.json', 'flag-judgements-ists.json'])(
  'the sentence-pair judgements in %s',
  (name) => {
    const file = judgementsOf(name)

    it('judge each flag once, with a reason exactly when it is wrong, keyed as the scorer keys it', () => {
      const keys = file.judgements.map((judgement) => judgement.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const judgement of file.judgements) {
        expect(['right', 'wrong', 'update']).toContain(judgement.verdict)
        expect(judgement.reason !== undefined).toBe(judgement.verdict === 'wrong')
        if (judgement.values !== undefined)
          expect(hashedFlagKey(judgement.pair, judgement.kind, judgement.values)).toBe(judgement.key)
      }
      for (const key of file.seen) expect(keys).toContain(key)
    })

    it('keep the sentences out: no quote is stored, and notes are short phrases', () => {
      for (const judgement of file.judgements) {
        if (judgement.kind === 'quote') expect(judgement.values).toBeUndefined()
        expect(judgement.note.split(/\s+/).length).toBeLessThanOrEqual(16)
      }
    })
  },
)
