import { useState } from "react"
import browser from "webextension-polyfill"
import { HistoryResponse, type Request } from "../src/messages/protocol"
import type { HistoryRow } from "../src/model/records"
import { Timeline } from "../src/ui/Timeline"

export function TimelineToggle({ recordKey }: { recordKey: string }) {
  const [history, setHistory] = useState<HistoryRow[] | null>(null)
  const [open, setOpen] = useState(false)
  const toggle = async () => {
    if (!open && history === null) {
      const request: Request = { type: "history/get", recordKey }
      const parsed = HistoryResponse.safeParse(await browser.runtime.sendMessage(request))
      setHistory(parsed.success && parsed.data.ok ? parsed.data.history : [])
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
