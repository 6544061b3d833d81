import { useState } from "react"
import type { HistoryRow } from "../model/records"
import { useApi } from "./use-api"
import { Timeline } from "./Timeline"

export function TimelineToggle({ recordKey }: { recordKey: string }) {
  const api = useApi()
  const [history, setHistory] = useState<HistoryRow[] | null>(null)
  const [open, setOpen] = useState(false)
  const toggle = async () => {
    if (!open && history === null) {
      const reply = await api.history(recordKey)
      setHistory(reply.ok ? reply.history : [])
    }
    setOpen(!open)
  }
  return (
    <div>
      <button type="button" className="link" aria-expanded={open} onClick={() => void toggle()}>
        {open ? "Hide timeline" : "Timeline"}
      </button>
      {open && history && <Timeline history={history} />}
    </div>
  )
}
