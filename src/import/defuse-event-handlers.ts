/**
 * Takes out what would make Chromium log CSP violations while a hostile page is merely parsed.
 * Not a sanitiser (DOMPurify is): Chromium checks the app's CSP on every `on*=` handler, `style=`
 * attribute, `<style>` and `<base>` even in an inert DOMParser document, and logs a violation for
 * each, so one saved page could fill the console (and any report endpoint) with blocked-script
 * noise. Style sheets are dropped whole (never article text); `on*=` and `style=` attributes and
 * `<base>` are renamed to inert `data-defused-*`. Linear: one pass over the tags, one over styles.
 */
export function defuseEventHandlers(html: string): string {
  return dropStyleSheets(html).replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag
      .replace(/^<base\b/i, '<data-defused-base')
      .replace(/(\s|\/)(on[a-z]+|style)(\s*=)/gi, '$1data-defused-$2$3'),
  )
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
