import { type RefObject, useEffect, useRef, useState } from 'react'
import type { LinkPair } from '../../engine/report-api.ts'
import { segmentSelector } from './segment-selector.ts'

export interface GutterProps {
  pairs: LinkPair[]
  leftRef: RefObject<HTMLElement | null>
  rightRef: RefObject<HTMLElement | null>
  /** Changes whenever either column scrolls or the selection changes, to redraw. */
  version: number
  selected: string[]
}

interface Band {
  claim: string
  d: string
  className: string
}

const fills: Record<LinkPair['status'], string> = {
  agreement: 'fill-emerald-500/25 stroke-emerald-600',
  partial: 'fill-sky-500/25 stroke-sky-600',
  discrepancy: 'fill-rose-500/25 stroke-rose-600',
}

/** Connectors between matched segments of two columns, drawn like a merge tool's. */
export function Gutter({ pairs, leftRef, rightRef, version, selected }: GutterProps) {
  const svgRef = useRef<SVGSVGElement>(null)
  const [bands, setBands] = useState<Band[]>([])
  const [resized, setResized] = useState(0)
  useEffect(() => {
    const onResize = () => setResized((n) => n + 1)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  // Measures rendered positions after every ref is attached (a layout effect here runs before the
  // right column's ref); it draws nothing it computes.
  useEffect(() => {
    void version
    void resized
    const svg = svgRef.current
    if (!svg || !leftRef.current || !rightRef.current) return
    const box = svg.getBoundingClientRect()
    const span = (area: HTMLElement, id: string) => {
      const element = area.querySelector(segmentSelector(id))
      if (!element) return null
      const visible = area.getBoundingClientRect()
      const rect = element.getBoundingClientRect()
      if (rect.bottom < visible.top || rect.top > visible.bottom) return null
      const clamp = (y: number) => Math.min(Math.max(y, visible.top), visible.bottom) - box.top
      return [clamp(rect.top), clamp(rect.bottom)] as const
    }
    const next: Band[] = []
    const w = box.width
    for (const pair of pairs) {
      const l = span(leftRef.current, pair.left)
      const r = span(rightRef.current, pair.right)
      if (!l || !r) continue
      const d = `M0,${l[0]} C${w / 2},${l[0]} ${w / 2},${r[0]} ${w},${r[0]} L${w},${r[1]} C${w / 2},${r[1]} ${w / 2},${l[1]} 0,${l[1]} Z`
      const strong = selected.includes(pair.left) ? 'stroke-2' : 'stroke-1 opacity-70'
      next.push({ claim: pair.claim, d, className: `${fills[pair.status]} ${strong}` })
    }
    setBands(next)
  }, [pairs, leftRef, rightRef, version, resized, selected])
  return (
    <svg ref={svgRef} aria-hidden="true" className="hidden w-10 shrink-0 self-stretch md:block">
      {bands.map((band) => (
        <path key={band.claim} d={band.d} className={band.className} />
      ))}
    </svg>
  )
}
