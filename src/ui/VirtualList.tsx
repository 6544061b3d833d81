// Long lists (thousands of claims) render only the rows in view; short ones render whole, so they read and
// print normally. Row heights vary (a denial unfolds its codes), so each row is measured as it renders.
import { useEffect, useRef, useState, type ReactNode } from "react"
import { useVirtualizer } from "@tanstack/react-virtual"

/** Lists longer than this are virtualised. */
export const VIRTUAL_FROM = 40

type Props<T> = { items: T[]; keyOf: (item: T) => string; label: string; estimate?: number; children: (item: T) => ReactNode }

/** A short list's first paint holds this many rows (a 600-px popup shows no more without scrolling); the rest
 * follow in the next frame, so the view is on screen sooner. */
export const FIRST_PAINT_ROWS = 4

export function VirtualList<T>({ items, keyOf, label, estimate = 96, children }: Props<T>) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true))
    return () => cancelAnimationFrame(frame)
  }, [])
  if (items.length < VIRTUAL_FROM)
    return (
      <ul className="rows" aria-label={label}>
        {(painted ? items : items.slice(0, FIRST_PAINT_ROWS)).map((item) => (
          <li key={keyOf(item)}>{children(item)}</li>
        ))}
      </ul>
    )
  return <Windowed items={items} keyOf={keyOf} label={label} estimate={estimate} children={children} />
}

function Windowed<T>({ items, keyOf, label, estimate, children }: Required<Props<T>>) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey: (i) => keyOf(items[i]),
    overscan: 6
  })
  return (
    // a focusable scroll region, so keyboard users can scroll it (axe: scrollable-region-focusable)
    <div ref={scroller} className="scroller" tabIndex={0} role="region" aria-label={`${label} (${items.length})`} data-testid="virtual-list">
      <ul className="rows" aria-label={label} style={{ height: virtual.getTotalSize(), position: "relative" }}>
        {virtual.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtual.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
          >
            {children(items[row.index])}
          </li>
        ))}
      </ul>
    </div>
  )
}
