import { describe, expect, it } from 'vitest'
import { defuseEventHandlers, restoreDefusedText } from './defuse-event-handlers.ts'

describe('defuseEventHandlers', () => {
  it('renames handlers and inline styles inside tags, never in text', () => {
    expect(defuseEventHandlers('<img src=x onerror="a()"> onerror=text')).toBe(
      '<img src=x data-defused-onerror="a()"> onerror=text',
    )
    expect(defuseEventHandlers('a < b <p style="x" onclick=y>t</p>')).toBe(
      'a < b <p data-defused-style="x" data-defused-onclick=y>t</p>',
    )
    expect(defuseEventHandlers('<base href="https://elsewhere/">')).toBe(
      '<data-defused-base href="https://elsewhere/">',
    )
  })

  it('treats a tag holding "<" in an attribute as one tag, as the parser does', () => {
    expect(defuseEventHandlers('<a title="<" onmouseover=x>k</a>')).toBe(
      '<a title="<" data-defused-onmouseover=x>k</a>',
    )
  })

  it('stays linear on a page of tags that never close', () => {
    const hostile = '<a '.repeat(700_000)
    const started = performance.now()
    expect(defuseEventHandlers(hostile)).toBe(hostile)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('gives text that was read as text back as written', () => {
    expect(restoreDefusedText(defuseEventHandlers('<title>Ha <img onerror=x></title>'))).toBe(
      '<title>Ha <img onerror=x></title>',
    )
  })
})
