// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Overrides } from '../../engine/overrides.ts'
import { reviewReport } from '../../engine/summary/review.ts'
import { sampleReport } from '../../engine/summary/sample-report.ts'
import type { Report } from '../../engine/types.ts'
import { SplitView } from './SplitView.tsx'

interface HarnessProps {
  onOverrides?: (next: Overrides) => void
  onThreshold?: (value: number) => void
  report?: Report
}

/** The split view over the sample report, holding overrides the way the app shell does. */
function Harness({ onOverrides, onThreshold = () => {}, report = sampleReport() }: HarnessProps) {
  const [overrides, setOverrides] = useState<Overrides>({})
  return (
    <SplitView
      review={reviewReport(report, overrides)}
      overrides={overrides}
      onOverridesChange={(next) => {
        onOverrides?.(next)
        setOverrides(next)
      }}
      threshold={0.325}
      onThresholdChange={onThreshold}
    />
  )
}

const column = (name: RegExp) => within(screen.getByRole('article', { name }))
const aljazeera = () => column(/US and Russia fail/)
const cnn = () => column(/Kerry, Lavrov meet/)
const selectedIds = () =>
  [...document.querySelectorAll('[data-selected="true"]')].map((node) => node.getAttribute('data-segment-id'))

describe('SplitView', () => {
  it('draws a column per article with every segment marked by status, and passes axe', async () => {
    const { container } = render(<Harness />)
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(screen.getByRole('list', { name: 'Counts for CNN' })).toHaveTextContent('1 discrepancy')
    const statuses = [...container.querySelectorAll('[data-status]')].map((node) =>
      node.getAttribute('data-status'),
    )
    expect(new Set(statuses)).toEqual(
      new Set(['agreement', 'partial', 'discrepancy', 'unique', 'boilerplate']),
    )
    expect(aljazeera().getByRole('button', { name: /^Boilerplate: ?SOURCE/ })).toBeInTheDocument()
    // Colour contrast needs real layout; the browser journeys check it in both themes.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })

  it('selecting a segment selects its claim in every column and explains the difference', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(aljazeera().getByRole('button', { name: /soon as possible/ }))
    expect(selectedIds()).toEqual(['aljazeera:3', 'cnn:3'])
    expect(cnn().getByRole('button', { name: /nearest future/ })).toHaveAttribute('aria-pressed', 'true')
    const details = screen.getByRole('region', { name: 'Claim details' })
    expect(details).toHaveTextContent(
      'Quote worded differently: “as soon as possible, at the end of January” in Al Jazeera; “in the nearest future, during January” in CNN',
    )
    expect(details).toHaveTextContent('83 % likely the same claim')
    const evidence = within(details).getByRole('list', { name: 'Why these were matched' })
    expect(evidence).toHaveTextContent('Al Jazeera and CNN: 83 % likely the same claim')
    expect(evidence).toHaveTextContent("both say January; 'political process will begin' in both")
    expect(evidence).toHaveTextContent('for: most words of each are in the other')
    expect(within(details).getAllByRole('figure')).toHaveLength(2)
  })

  it('shows the other claims a passage makes, and goes to one', async () => {
    const user = userEvent.setup()
    const report = sampleReport()
    const other = report.claims.find((claim) => claim.id === 'c1')
    if (!other) throw new Error('the sample report lost claim c1')
    // Al Jazeera's headline also makes the claim of CNN's Davos sentence.
    other.segments = ['aljazeera:0', ...other.segments]
    other.attachedSegments = ['aljazeera:0']
    render(<Harness report={report} />)
    await user.click(aljazeera().getByRole('button', { name: /US and Russia fail/ }))
    expect(selectedIds()).toEqual(['aljazeera:0', 'cnn:0'])
    const details = screen.getByRole('region', { name: 'Claim details' })
    const others = within(details).getByRole('list', { name: 'This passage also reports another claim' })
    await user.click(within(others).getByRole('button', { name: /held talks with Sergey Lavrov/ }))
    expect(selectedIds()).toEqual(['aljazeera:0', 'aljazeera:2', 'cnn:2'])
  })

  it('records a person’s verdict, shows it, and undoes it', async () => {
    const user = userEvent.setup()
    const onOverrides = vi.fn()
    render(<Harness onOverrides={onOverrides} />)
    await user.click(cnn().getByRole('button', { name: /Kerry urged Russia/ }))
    await user.click(screen.getByRole('button', { name: 'Not the same claim' }))
    expect(onOverrides).toHaveBeenLastCalledWith({ 'aljazeera:4|cnn:4': 'not-same' })
    expect(cnn().getByRole('button', { name: /Kerry urged Russia/ })).toHaveAttribute('data-status', 'unique')
    expect(selectedIds()).toEqual(['cnn:4'])
    expect(screen.getByRole('region', { name: 'Passage details' })).toHaveTextContent(
      'Reviewed: not the same claim',
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(onOverrides).toHaveBeenLastCalledWith({})
    expect(selectedIds()).toEqual(['aljazeera:4', 'cnn:4'])
  })

  it('walks discrepancies and unique passages from the keyboard', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.keyboard('n')
    expect(selectedIds()).toEqual(['aljazeera:3', 'cnn:3'])
    expect(
      screen.getByText('Discrepancy selected in Al Jazeera and CNN, discrepancy 1 of 1.'),
    ).toBeInTheDocument()
    await user.keyboard('n')
    expect(selectedIds()).toEqual(['aljazeera:3', 'cnn:3'])
    await user.keyboard('u')
    expect(selectedIds()).toEqual(['aljazeera:5'])
    await user.keyboard('u')
    expect(selectedIds()).toEqual(['cnn:5'])
    await user.keyboard('{Escape}')
    expect(selectedIds()).toEqual([])
  })

  it('filters by status and search, says how many it hides, and passes the threshold on', async () => {
    const user = userEvent.setup()
    const onThreshold = vi.fn()
    render(<Harness onThreshold={onThreshold} />)
    await user.click(screen.getByRole('radio', { name: 'Unique' }))
    expect(
      [...document.querySelectorAll('[data-segment-id]')].map((n) => n.getAttribute('data-status')),
    ).toEqual(['unique', 'unique'])
    expect(aljazeera().getByText('5 segments hidden by the filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'All' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'davos')
    expect(document.querySelectorAll('[data-segment-id]')).toHaveLength(1)
    expect(cnn().getByText('Davos', { selector: 'mark' })).toBeInTheDocument()
    fireEvent.change(screen.getByRole('slider', { name: /Match threshold/ }), { target: { value: '0.6' } })
    expect(onThreshold).toHaveBeenCalledWith(0.6)
  })

  it('jumps from the coverage matrix to the passage', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('tab', { name: 'Summary' }))
    const matrix = screen.getByRole('table', { name: 'Coverage of each claim by each source' })
    await user.click(within(matrix).getByRole('button', { name: /^differ: CNN/ }))
    expect(selectedIds()).toEqual(['aljazeera:3', 'cnn:3'])
    expect(screen.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true')
  })

  it('puts three articles side by side, each with its header and counts', () => {
    const report = sampleReport()
    const extra = { ...report.documents[1], id: 'bbc', source: 'BBC', title: 'BBC story', text: 'One line.' }
    const three = {
      ...report,
      documents: [...report.documents, extra],
      segments: [
        ...report.segments,
        { id: 'bbc:0', doc: 'bbc', start: 0, end: 9, text: 'One line.', role: 'body' as const },
      ],
      unique: [...report.unique, 'bbc:0'],
    }
    render(
      <SplitView
        review={reviewReport(three, {})}
        overrides={{}}
        onOverridesChange={() => {}}
        threshold={0.325}
        onThresholdChange={() => {}}
      />,
    )
    expect(screen.getAllByRole('article')).toHaveLength(3)
    expect(screen.getByRole('list', { name: 'Counts for BBC' })).toHaveTextContent('1 unique')
    expect(document.querySelector('svg.w-10')).toBeNull()
  })

  it('warns, quietly, on an article that shares no claim with the others', () => {
    const report = sampleReport()
    const lone = {
      ...report,
      claims: report.claims.filter((claim) => !claim.segments.includes('aljazeera:3')),
    }
    const review = reviewReport({ ...lone, claims: [] }, {})
    render(
      <SplitView
        review={review}
        overrides={{}}
        onOverridesChange={() => {}}
        threshold={0.325}
        onThresholdChange={() => {}}
      />,
    )
    expect(aljazeera().getByText(/Shares no claim with the other articles/)).toBeInTheDocument()
    expect(cnn().getByText(/Shares no claim with the other articles/)).toBeInTheDocument()
  })
})
