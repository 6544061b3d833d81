import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { CalendarResponse, OverviewResponse, SimpleResponse, type Request } from "../src/messages/protocol"
import { Reminders } from "../src/ui/Reminders"
import { download } from "../src/ui/download"
import { Receivables } from "../src/ui/Receivables"
import { Authorizations, Denials } from "../src/ui/Overview"
import { ThisPage } from "../src/ui/ThisPage"
import { useThisPage } from "./use-this-page"
import { TimelineToggle } from "./TimelineToggle"

const timeline = (recordKey: string) => <TimelineToggle recordKey={recordKey} />
import "./popup.css"

async function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request)
}

async function exportCalendar() {
  const parsed = CalendarResponse.safeParse(await send({ type: "reminders/ics" }))
  if (parsed.success && parsed.data.ok) download("payerlens-reminders.ics", parsed.data.ics, "text/calendar")
}

async function loadOverview(): Promise<OverviewResponse> {
  // opening the popup reconciles reminders first, so what it shows is current
  SimpleResponse.safeParse(await send({ type: "reminders/tick" }))
  const request: Request = { type: "overview/get" }
  const parsed = OverviewResponse.safeParse(await browser.runtime.sendMessage(request))
  return parsed.success ? parsed.data : { ok: false, error: "The background worker sent an unreadable answer." }
}

export default function Popup() {
  const [state, setState] = useState<OverviewResponse | null>(null)
  const refresh = () =>
    loadOverview().then(setState, () => setState({ ok: false, error: "PayerLens's background worker did not answer." }))
  const page = useThisPage(refresh)
  useEffect(() => {
    void navigator.storage?.persist?.()
    void refresh()
  }, [])
  return (
    <main className="popup">
      <header>
        <img src={new URL("../assets/icon.png", import.meta.url).href} alt="" width={22} height={22} />
        <h1>PayerLens</h1>
        {state?.ok && <span className="count" data-testid="attention-count">{state.overview.attentionCount} need attention</span>}
      </header>
      <ThisPage host={page.host} access={page.access} busy={page.busy} message={page.message} onRead={page.read} onAlwaysRead={page.alwaysRead} />
      {state === null && <p className="empty">Loading…</p>}
      {state && !state.ok && <p role="alert" className="error">{state.error}</p>}
      {state?.ok && (
        <>
          {state.storageError && <p role="alert" className="error">{state.storageError}</p>}
          <section aria-labelledby="reminders-h">
            <h2 id="reminders-h">Reminders ({state.reminders.length})</h2>
            <Reminders
              reminders={state.reminders}
              onExport={() => void exportCalendar()}
              onUpdate={(id, action) => void send({ type: "reminder/update", id, action }).then(refresh)}
            />
          </section>
          <section aria-labelledby="denials-h">
            <h2 id="denials-h">Denials ({state.overview.denials.length})</h2>
            <Denials
              denials={state.overview.denials}
              authorizations={state.overview.authorizations}
              timeline={timeline}
              onResolve={(key, reason) => void send({ type: "claim/resolve", key, reason }).then(refresh)}
            />
          </section>
          <section aria-labelledby="auths-h">
            <h2 id="auths-h">Authorizations</h2>
            <Authorizations authorizations={state.overview.authorizations} timeline={timeline} />
          </section>
          <section aria-labelledby="ar-h">
            <h2 id="ar-h">Unpaid claims (A/R)</h2>
            <Receivables receivables={state.receivables} />
          </section>
          <footer>
            {state.overview.totals.claims} claims · {state.overview.totals.authorizations} authorizations kept on this computer only
          </footer>
        </>
      )}
    </main>
  )
}
