/**
 * Takes out what would make Chromium log CSP violations while a hostile page is merely parsed.
 * Not a sanitiser (DOMPurify is): Chromium checks the app's CSP on every `on*=` handler, `style=`
 * attribute, `<style>` and `<base>` even in an inert DOMParser document, and logs a violation for
 * each, so one saved page could fill the console (and any report endpoint) with blocked-script
 * noise. Style sheets are dropped whole (never article text); `on*=` and `style=` attributes and
 * `<base>` are renamed to inert `data-defused-*`. Linear: one pass over the tags, one over styles.
 */
export function defuseEventHandlers(html: string): string {
  return mapTags(dropStyleSheets(html), (tag) =>
    tag
      .replace(/^<base\b/i, '<data-defused-base')
      .replace(/(\s|\/)(on[a-z]+|style)(\s*=)/gi, '$1data-defused-$2$3'),
  )
}

/**
 * Rewrites every `<letter … >` tag, as `/<[a-zA-Z][^>]*>/g` would match them, in one pass: that
 * regex rescans to the end from every `<` once no `>` is left (quadratic on a page of unclosed
 * tags: 1.28 MB took 7.5 s in Chromium), while here the first `<` without a closing `>` ends the scan.
 */
function mapTags(html: string, rewrite: (tag: string) => string): string {
  let out = ''
  let from = 0
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
    if (open < from || !/[a-zA-Z]/.test(html[open + 1] ?? '')) continue
    const close = html.indexOf('>', open)
    if (close < 0) break
    out += html.slice(from, open) + rewrite(html.slice(open, close + 1))
    from = close + 1
  }
  return out + html.slice(from)
}

/** Removes `<style>…</style>` blocks; an unclosed `<style` is renamed and what follows kept. */
function dropStyleSheets(html: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let from = 0
  for (;;) {
    const start = lower.indexOf('<style', from)
    if (start < 0) break
    const next = lower[start + 6]
    if (next !== undefined && !/[\s>/]/.test(next)) {
      out += html.slice(from, start + 6)
      from = start + 6
      continue
    }
    out += html.slice(from, start)
    const close = lower.indexOf('</style', start)
    if (close < 0) {
      // Unclosed: in HTML it would swallow the rest as CSS, but inside SVG or MathML it is an
      // ordinary element (a classic mutation-XSS shape), so keep what follows and defuse the tag.
      out += '<data-defused-style'
      from = start + 6
      continue
    }
    const end = lower.indexOf('>', close)
    from = end < 0 ? html.length : end + 1
  }
  return out + html.slice(from)
}

/**
 * Undoes the renaming in a string that was read as text (a `<title>` holds its markup as text, so
 * `<img onerror=…>` written in a title is a title, not a tag, and must reach the user as written).
 */
export function restoreDefusedText(text: string): string {
  return text.replace(/data-defused-/g, '')
}
