// A long list, windowed: only the rows in view render. Row heights vary (a denial unfolds its codes), so each
// row is measured as it renders. Loaded by VirtualList when a list first grows long.
import { useRef } from "react"
import { useVirtualizer } from "@tanstack/react-virtual"
import type { Props } from "./VirtualList"

export default function Windowed<T>({ items, keyOf, label, estimate, children }: Required<Props<T>>) {
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
    <div
      ref={scroller}
      className="scroller"
      tabIndex={0}
      role="region"
      aria-label={`${label} (${items.length})`}
      data-testid="virtual-list"
    >
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
