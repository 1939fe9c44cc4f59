/**
 * Renames inline event-handler attributes (`onerror=` → `data-defused-onerror=`) inside tags
 * before the page is parsed. Not a sanitiser (DOMPurify is): Chromium checks the app's CSP on
 * every `on*` attribute even in an inert DOMParser document and logs a violation for each, so a
 * hostile page would fill the console with blocked-script errors. Linear: one pass over the tags.
 */
export function defuseEventHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/(\s|\/)(on[a-z]+)(\s*=)/gi, '$1data-defused-$2$3'),
  )
}
