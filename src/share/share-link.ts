import { type ComparisonPayload, parseComparison, THRESHOLD_SCALE } from '../export/comparison-file.ts'
import { decodeBase64Url, encodeBase64Url } from './base64url.ts'

/** The fragment key: `#share=<deflate-raw, base64url>`. A fragment is never sent to a server. */
export const SHARE_KEY = 'share'

/** Links whose fragment is longer than this (32 KB) are refused: mail and chat tools cut them. */
export const MAX_FRAGMENT_CHARS = 32 * 1024

/** A share link cannot inflate past this (20 MB), so a hostile link cannot exhaust memory. */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024

/** A share link, or the reason there is none. */
export type ShareLink = { ok: true; url: string; length: number } | { ok: false; length: number }

/** Builds the share link for a comparison, or says it is too large for one. */
export async function createShareLink(payload: ComparisonPayload, pageUrl: string): Promise<ShareLink> {
  const json = JSON.stringify({ version: 1, thresholdScale: THRESHOLD_SCALE, ...payload })
  const compressed = await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
  const fragment = `${SHARE_KEY}=${encodeBase64Url(compressed)}`
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, length: fragment.length }
  const url = new URL(pageUrl)
  url.hash = fragment
  return { ok: true, url: url.href, length: fragment.length }
}

/**
 * Reads the comparison carried by a location's fragment (`#share=…`); null when there is none.
 * Throws with a reason in words when the link is damaged.
 */
export async function readShareFragment(hash: string): Promise<ComparisonPayload | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const encoded = params.get(SHARE_KEY)
  if (encoded === null) return null
  let json: string
  try {
    const bytes = await transform(decodeBase64Url(encoded), new DecompressionStream('deflate-raw'))
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new Error(error instanceof RangeError ? error.message : 'the link is damaged or cut short')
  }
  return parseComparison(json)
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > MAX_INFLATED_BYTES) {
      await reader.cancel()
      throw new RangeError('the link holds more than 20 MB')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
