import { deflateRawSync } from 'node:zlib'
import { xssPayloads } from '../fixtures/xss-payloads.ts'

/** The payloads in batches of `size`, so a few imports carry all of them. */
export function payloadBatches(size: number): string[][] {
  const batches: string[][] = []
  for (let start = 0; start < xssPayloads.length; start += size) {
    batches.push(xssPayloads.slice(start, start + size))
  }
  return batches
}

const sentences = [
  'The council met on Tuesday and agreed on a budget of 4 million dollars for the new bridge.',
  'Officials said the work would start next spring and last about two years.',
  'Residents had asked for a crossing since the old ferry stopped running in 2019.',
]

/** A plain-text article with one payload inside each paragraph, as a hostile copy would paste. */
export function hostileText(payloads: readonly string[], title = 'Council approves bridge'): string {
  const paragraphs = payloads.map((payload, i) => `${sentences[i % sentences.length]} ${payload}`)
  return [title, '', ...paragraphs].join('\n\n')
}

/**
 * A news page carrying a batch of payloads everywhere an importer looks: the title, the outlet
 * (og:site_name), the menu, each paragraph and the footer.
 */
export function hostileBatchPage(payloads: readonly string[], batch: number): string {
  const body = payloads
    .map((payload, i) => `<p>${sentences[i % sentences.length]} ${payload} Batch ${batch}.</p>`)
    .join('\n')
  const first = payloads[0] ?? ''
  return `<!doctype html><html><head><title>Hostile batch ${batch} ${first}</title>
<meta property="og:site_name" content="Outlet ${batch} ${first.replace(/"/g, '&quot;')}">
<meta property="article:published_time" content="2016-01-20T10:00:00Z"></head>
<body><nav>Home | World ${payloads[1] ?? ''}</nav><article><h1>Council approves bridge ${batch}</h1>
${body}</article><footer>${payloads.at(-1) ?? ''}</footer></body></html>`
}

/**
 * A hand-edited comparison export with payloads everywhere a person's eye lands: the name, and in
 * each article (five payloads per article) the title, outlet, URL and text.
 */
export function hostileComparisonJson(payloads: readonly string[], perArticle = 5): string {
  const groups: string[][] = []
  for (let start = 0; start < payloads.length; start += perArticle) {
    groups.push(payloads.slice(start, start + perArticle))
  }
  const articles = groups.map((group, i) => ({
    id: `hostile-${i}`,
    title: `Title ${i} ${group[0] ?? ''}`,
    source: `Outlet ${i} ${group[1] ?? ''}`,
    published: '2016-01-20',
    url: i % 2 === 0 ? `javascript:window.__xss(${900 + i})` : `https://example.com/?q=${group[2] ?? ''}`,
    text: hostileText(group, `Council approves bridge ${i}`),
  }))
  return JSON.stringify(
    {
      format: 'crosscheck-comparison',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      name: `Hostile comparison ${payloads[0] ?? ''}`,
      articles,
      overrides: {},
      threshold: 0.42,
      report: null,
    },
    null,
    2,
  )
}

/** The share-link fragment for a comparison, encoded as the app does (deflate-raw, base64url). */
export function shareFragment(json: string): string {
  return `#share=${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64url')}`
}

/** Third-party places a hostile or ordinary news page points at; none may ever be contacted. */
export const remoteResources = [
  'https://tracker.example/pixel.gif',
  'https://cdn.example/site.css',
  'https://fonts.example/serif.woff2',
  'https://ads.example/frame.html',
  'https://media.example/poster.jpg',
  'https://analytics.example/collect',
] as const

/** A news page that pulls images, a stylesheet, a font, a frame and a beacon from other sites. */
export function pageWithRemoteResources(title: string): string {
  const [pixel, css, font, frame, poster, beacon] = remoteResources
  return `<!doctype html><html><head><title>${title}</title>
<link rel="stylesheet" href="${css}"><link rel="preconnect" href="https://fonts.example">
<style>@font-face{font-family:X;src:url(${font})} body{background:url(${pixel})}</style>
<meta property="og:site_name" content="Remote Times"><meta property="og:image" content="${poster}"></head>
<body><article><h1>${title}</h1>
<p>The council met on Tuesday and agreed on a budget of 4 million dollars for the new bridge.
<img src="${pixel}" srcset="${poster} 2x" alt="pixel"></p>
<p style="background-image:url(${pixel})">Officials said the work would start next spring.</p>
<video poster="${poster}" src="${poster}"></video><iframe src="${frame}"></iframe>
<object data="${frame}"></object><a href="${beacon}" ping="${beacon}">more</a>
<p>Residents had asked for a crossing since the old ferry stopped running in 2019.</p>
</article></body></html>`
}
