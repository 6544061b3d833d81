// ARIA tabs: arrow keys move between tabs (Home/End to the ends), Tab moves into the panel.
import { useRef, type KeyboardEvent } from "react"

export type TabSpec<K extends string> = { id: K; label: string }

export function Tabs<K extends string>({
  tabs,
  current,
  onChange,
  label
}: {
  tabs: TabSpec<K>[]
  current: K
  onChange: (id: K) => void
  label: string
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key]
    if (next === undefined) return
    e.preventDefault()
    const j = (next + tabs.length) % tabs.length
    onChange(tabs[j].id)
    refs.current[j]?.focus()
  }
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => void (refs.current[i] = el)}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onChange(t.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  )
}
