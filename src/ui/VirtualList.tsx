// Long lists (thousands of claims) render only the rows in view (Windowed.tsx); short ones render whole, so they
// read and print normally. The popup's first answer holds short lists only, so the windowing (and its library)
// is a chunk of its own, loaded after the first view; until it is in, a long list shows its first rows.
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react"
import { firstPaint } from "./first-paint"

/** Lists longer than this are virtualised. */
export const VIRTUAL_FROM = 40

export type Props<T> = {
  items: T[]
  keyOf: (item: T) => string
  label: string
  estimate?: number
  children: (item: T) => ReactNode
}

/** A short list's first paint holds this many rows (a 600-px popup shows no more without scrolling), or
 * `firstRows` when the list sits lower in the view; the rest follow once the first view is painted
 * (first-paint.ts), so the view is on screen sooner. */
export const FIRST_PAINT_ROWS = 4

// lazy() loses Windowed's type parameter; it is the same component
const Windowed = lazy(() => import("./Windowed")) as unknown as <T>(props: Required<Props<T>>) => ReactNode

export function VirtualList<T>({
  items,
  keyOf,
  label,
  estimate = 96,
  children,
  firstRows: first = FIRST_PAINT_ROWS
}: Props<T> & { firstRows?: number }) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let current = true
    void firstPaint.then(() => requestAnimationFrame(() => current && setPainted(true)))
    return () => void (current = false)
  }, [])
  const firstRows = (
    <ul className="rows" aria-label={label}>
      {(painted && items.length < VIRTUAL_FROM ? items : items.slice(0, painted ? FIRST_PAINT_ROWS : first)).map(
        (item) => (
          <li key={keyOf(item)}>{children(item)}</li>
        )
      )}
    </ul>
  )
  if (items.length < VIRTUAL_FROM) return firstRows
  return (
    <Suspense fallback={firstRows}>
      <Windowed items={items} keyOf={keyOf} label={label} estimate={estimate} children={children} />
    </Suspense>
  )
}
