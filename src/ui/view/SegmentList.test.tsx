// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Segment } from '../../engine/types.ts'
import { type ScrollTarget, SegmentList, VIRTUALIZE_FROM } from './SegmentList.tsx'

const segments: Segment[] = Array.from({ length: 400 }, (_, n) => ({
  id: `long:${n}`,
  doc: 'long',
  start: n * 10,
  end: n * 10 + 9,
  text: `Sentence ${n}.`,
  role: 'body',
}))

function Column({ target, items = segments }: { target: ScrollTarget | null; items?: Segment[] }) {
  const ref = useRef<HTMLElement>(null)
  return (
    <section ref={ref} aria-label="Long column" className="overflow-y-auto">
      <SegmentList
        doc="long"
        segments={items}
        scrollRef={ref}
        target={target}
        renderSegment={(segment) => <p data-segment-id={segment.id}>{segment.text}</p>}
      />
    </section>
  )
}

// jsdom has no layout: a 600px column of 40px rows, and a scrollTo that moves and announces.
const boxes = ['offsetHeight', 'clientHeight', 'clientWidth', 'scrollTop', 'scrollHeight'] as const
const originals = boxes.map(
  (name) =>
    Object.getOwnPropertyDescriptor(Element.prototype, name) ??
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, name),
)
beforeEach(() => {
  for (const name of boxes)
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 100_000 })
  HTMLElement.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 600, 40)
  const offsets = new WeakMap<Element, number>()
  Object.defineProperty(HTMLElement.prototype, 'scrollTop', {
    configurable: true,
    get(this: HTMLElement) {
      return offsets.get(this) ?? 0
    },
    set(this: HTMLElement, value: number) {
      offsets.set(this, value)
    },
  })
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    this.scrollTop = typeof options === 'object' ? (options.top ?? 0) : 0
    this.dispatchEvent(new Event('scroll'))
  }
})
const originalRect = HTMLElement.prototype.getBoundingClientRect
afterEach(() => {
  HTMLElement.prototype.getBoundingClientRect = originalRect
  boxes.forEach((name, i) => {
    const original = originals[i]
    if (original) Object.defineProperty(HTMLElement.prototype, name, original)
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name]
  })
})

const rendered = () => document.querySelectorAll('[data-segment-id]').length

describe('SegmentList', () => {
  it('renders a short column whole', () => {
    render(<Column target={null} items={segments.slice(0, VIRTUALIZE_FROM - 1)} />)
    expect(rendered()).toBe(VIRTUALIZE_FROM - 1)
  })

  it('renders only what is on screen in a long column, and brings a linked segment in by index', async () => {
    const { rerender } = render(<Column target={null} />)
    await waitFor(() => expect(screen.getByText('Sentence 0.')).toBeInTheDocument())
    expect(rendered()).toBeLessThan(60)
    expect(screen.queryByText('Sentence 350.')).not.toBeInTheDocument()
    rerender(<Column target={{ segmentIds: ['other:1', 'long:350'], origin: 'other' }} />)
    await waitFor(() => expect(screen.getByText('Sentence 350.')).toBeInTheDocument())
    expect(rendered()).toBeLessThan(60)
  })

  it('does not scroll the column a selection came from', async () => {
    const { rerender } = render(<Column target={null} />)
    await waitFor(() => expect(screen.getByText('Sentence 0.')).toBeInTheDocument())
    rerender(<Column target={{ segmentIds: ['long:350'], origin: 'long' }} />)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByText('Sentence 350.')).not.toBeInTheDocument()
  })
})
