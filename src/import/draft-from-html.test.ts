// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { defuseEventHandlers } from './defuse-event-handlers.ts'
import { draftFromHtml } from './draft-from-html.ts'
import { draftFromPaste } from './draft-from-paste.ts'
import { fetchArticle } from './fetch-article.ts'

const story = [
  'Diplomats meeting in Zurich on Wednesday could not agree on who should attend peace talks on Syria, officials said.',
  'The talks are due to start in Geneva next week, though a delay now appears likely according to people briefed.',
  'Both sides said they would keep talking, and another meeting between the two ministers was planned for the coming days.',
]

const page = (head: string) => `<!doctype html><html><head>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/sport">Sport section</a></nav>
  <div class="ad"><img alt="" src="https://ads.example/x.gif" onerror="window.hacked = 1">Buy a mattress</div>
  <article><h1>Talks stall</h1>${story.map((p) => `<p>${p}</p>`).join('')}
  <script>window.hacked = 2</script></article>
  <footer>Cookie settings</footer></body></html>`

describe('draftFromHtml', () => {
  test('keeps the article text and prefills the metadata from the head', async () => {
    const draft = await draftFromHtml(
      page(`<title>Talks stall | Daily Planet</title><meta property="og:site_name" content="Daily Planet">
        <meta property="article:published_time" content="2016-01-20T18:00:00Z">
        <link rel="canonical" href="https://planet.example/talks-stall">`),
      'page.html',
    )
    expect(draft).toMatchObject({
      title: 'Talks stall',
      source: 'Daily Planet',
      published: '2016-01-20',
      url: 'https://planet.example/talks-stall',
    })
    for (const paragraph of story) expect(draft.text).toContain(paragraph)
    for (const clutter of ['Sport section', 'mattress', 'Cookie settings', 'hacked'])
      expect(draft.text).not.toContain(clutter)
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  test('takes the title from the first line when the page has none, and leaves unknown fields out', async () => {
    const draft = await draftFromHtml(page(''), 'page.html')
    expect(draft.title).toBe('Talks stall')
    expect(draft.source).toBeUndefined()
    expect(draft.published).toBeUndefined()
  })

  test('refuses a page with no text', async () => {
    await expect(draftFromHtml('<html><body><img alt=""></body></html>', 'empty.html')).rejects.toThrow(
      'empty.html has no text in it.',
    )
  })
})

describe('draftFromPaste', () => {
  test('a copied web page arrives as its article', async () => {
    const draft = await draftFromPaste({
      html: page(''),
      text: 'Home Sport section Buy a mattress Talks stall …',
    })
    expect(draft.text).toContain(story[0])
    expect(draft.text).not.toContain('mattress')
  })

  test('plain text arrives as it is, with the first line as title', async () => {
    expect(await draftFromPaste({ html: '', text: 'Headline\n\nBody text here.' })).toEqual({
      text: 'Headline\n\nBody text here.',
      title: 'Headline',
    })
  })

  test('an empty paste is refused', async () => {
    await expect(draftFromPaste({ html: '', text: '  ' })).rejects.toThrow(
      'The pasted text has no text in it.',
    )
  })
})

describe('defuseEventHandlers', () => {
  test('drops style sheets, closed or not, and renames style= and <base>', () => {
    expect(
      defuseEventHandlers('<p style="color:red">a</p><STYLE>p{}</STYLE><stylex>b</stylex><base href="//x">c'),
    ).toBe('<p data-defused-style="color:red">a</p><stylex>b</stylex><data-defused-base href="//x">c')
    expect(defuseEventHandlers('<p>a</p><math><style><p>never closed')).toBe(
      '<p>a</p><math><data-defused-style><p>never closed',
    )
  })

  test('renames on* attributes inside tags and leaves text alone', () => {
    expect(defuseEventHandlers('<img src=x onerror="a()"><p>based on= this</p><svg/onload=b()>')).toBe(
      '<img src=x data-defused-onerror="a()"><p>based on= this</p><svg/data-defused-onload=b()>',
    )
  })
})

describe('fetchArticle', () => {
  const respond = (body: string, init: ResponseInit) => async () => new Response(body, init)

  test('loads a page without cookies or referrer and keeps its address', async () => {
    let seen: RequestInit | undefined
    const fetchImpl = async (_url: string | URL | Request, init?: RequestInit) => {
      seen = init
      return new Response(page('<title>Talks stall</title>'), { headers: { 'content-type': 'text/html' } })
    }
    const draft = await fetchArticle('https://planet.example/talks', fetchImpl as typeof fetch)
    expect(seen).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' })
    expect(draft.url).toBe('https://planet.example/talks')
    expect(draft.text).toContain(story[1])
  })

  test('says in one sentence that the browser blocked it, and what to do instead', async () => {
    const blocked = async () => {
      throw new TypeError('Failed to fetch')
    }
    await expect(fetchArticle('https://planet.example/talks', blocked)).rejects.toThrow(
      /^The browser blocked loading this page .* save the page from your browser and drop the file here instead\.$/,
    )
  })

  test('refuses other schemes, error answers and non-text content', async () => {
    await expect(fetchArticle('javascript:alert(1)', fetch)).rejects.toThrow('Only http and https addresses')
    await expect(fetchArticle('not a url', fetch)).rejects.toThrow('That is not a web address')
    await expect(
      fetchArticle('https://x.example/', respond('', { status: 404 }) as typeof fetch),
    ).rejects.toThrow('The site answered 404')
    const image = respond('GIF89a', { headers: { 'content-type': 'image/gif' } }) as typeof fetch
    await expect(fetchArticle('https://x.example/a.gif', image)).rejects.toThrow('image/gif')
  })
})
