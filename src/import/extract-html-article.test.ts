// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { extractHtmlArticle } from './extract-html-article.ts'
import { createBrowserDomEnvironment } from './extract-html-browser-environment.ts'

const environment = createBrowserDomEnvironment()

const paragraphs = [
  'Secretary of State John Kerry met his Russian counterpart Sergey Lavrov in Zurich on Wednesday to try to end an impasse over which Syrian opposition groups should attend peace talks.',
  'The talks, planned for January 25 in Geneva, are meant to start a political transition, but the two powers still disagree over the invitation list drawn up by the United Nations envoy.',
  'Russia wants Kurdish groups at the table, while Saudi Arabia and Turkey insist that the opposition delegation chosen in Riyadh last month speaks for the rebels and should decide alone.',
  'Officials said the envoy, Staffan de Mistura, could delay the invitations by a few days if the two sides fail to agree, which diplomats warned would cost the process its fragile momentum.',
]

/** A news page with furniture around the article: navigation, an ad, a script, a footer. */
function newsPage(head: string): string {
  return `<!doctype html><html><head>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
    <div class="ad-banner">Advertisement: Buy now and save 50 percent on everything</div>
    <script>document.title = 'hacked'; window.stolen = true</script>
    <article><h1>Kerry, Lavrov meet to end impasse over Syria talks</h1>
      ${paragraphs.map((text) => `<p>${text.replace('Zurich', '<b>Zurich</b>')}</p>`).join('\n      ')}
    </article>
    <footer>Copyright 2016 Example News. All rights reserved.</footer>
  </body></html>`
}

const fullHead = `<title>Kerry, Lavrov meet - Example News</title>
  <meta property="og:title" content="Kerry, Lavrov meet to end impasse">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2016-01-20T23:30:00-05:00">
  <link rel="canonical" href="/2016/01/20/kerry-lavrov">`

describe('extractHtmlArticle', () => {
  it('keeps the article paragraphs, separated by blank lines, and drops nav, ads, scripts and footer', () => {
    const { text } = extractHtmlArticle(newsPage(fullHead), environment)
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
    expect(text.indexOf(paragraphs[0] ?? '')).toBeLessThan(text.indexOf(paragraphs[1] ?? ''))
    expect(text).toContain(`${paragraphs[0]}\n\n${paragraphs[1]}`)
    expect(text).not.toMatch(/Home|Advertisement|hacked|stolen|Copyright/)
    expect(text).not.toMatch(/[ \t]{2}|\n{3}|^\s|\s$/)
  })

  it('reads title, outlet, date and canonical URL from the metadata', () => {
    const article = extractHtmlArticle(newsPage(fullHead), environment, 'https://news.example/world/')
    expect(article).toMatchObject({
      title: 'Kerry, Lavrov meet to end impasse',
      source: 'Example News',
      published: '2016-01-20',
      url: 'https://news.example/2016/01/20/kerry-lavrov',
    })
  })

  it('falls back to <title>, and gives null for metadata that is absent', () => {
    const article = extractHtmlArticle(newsPage('<title> Plain   title </title>'), environment)
    expect(article).toMatchObject({ title: 'Plain title', source: null, published: null, url: null })
    const bare = extractHtmlArticle(newsPage(''), environment)
    expect(bare).toMatchObject({ title: null, source: null, published: null, url: null })
  })

  it('uses the base URL when there is no canonical link, and refuses non-http URLs', () => {
    const base = extractHtmlArticle(newsPage(''), environment, 'https://news.example/a')
    expect(base.url).toBe('https://news.example/a')
    const hostile = extractHtmlArticle(
      newsPage('<link rel="canonical" href="javascript:alert(1)">'),
      environment,
    )
    expect(hostile.url).toBeNull()
  })

  it('turns other timestamp forms into an ISO date and rejects nonsense', () => {
    const date = (content: string): string | null =>
      extractHtmlArticle(
        newsPage(`<meta property="article:published_time" content="${content}">`),
        environment,
      ).published
    expect(date('Wed, 20 Jan 2016 12:00:00 GMT')).toBe('2016-01-20')
    expect(date('2016-13-45')).toBeNull()
    expect(date('soon')).toBeNull()
  })

  it('never runs or keeps event handlers from the page', () => {
    const page = `<html><body><img src="x" onerror="window.pwned = true">
      <article>${paragraphs.map((text) => `<p onclick="window.pwned = true">${text}</p>`).join('')}</article>
      </body></html>`
    const { text } = extractHtmlArticle(page, environment)
    expect(text).toContain(paragraphs[2])
    expect(text).not.toContain('pwned')
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined()
  })

  it('falls back to the body text when Readability finds no article', () => {
    const page = '<html><body><aside><p>Short <i>note</i>.</p><p>Second\n part.</p></aside></body></html>'
    expect(extractHtmlArticle(page, environment).text).toBe('Short note.\n\nSecond part.')
  })

  it('gives empty text for a page with no text at all', () => {
    expect(extractHtmlArticle('<html><body><script>x()</script></body></html>', environment).text).toBe('')
  })
})
