import { useLayoutEffect, useState } from 'react'

/**
 * The width of an element, measured before the first paint and kept current by a ResizeObserver;
 * 0 until measured, and always 0 where there is no ResizeObserver (jsdom).
 */
export function useElementWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return
    setWidth(Math.round(element.getBoundingClientRect().width))
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return width
}

/** True until `useElementWidth` has measured, in a browser that can: render nothing wide yet. */
export function isMeasuring(width: number): boolean {
  return width === 0 && typeof ResizeObserver !== 'undefined'
}
