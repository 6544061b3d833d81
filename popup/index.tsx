import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { OverviewResponse, type Request } from "../src/messages/protocol"
import { Authorizations, Denials } from "../src/ui/Overview"
import { ThisPage } from "../src/ui/ThisPage"
import { useThisPage } from "./use-this-page"
import "./popup.css"

async function loadOverview(): Promise<OverviewResponse> {
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
          <section aria-labelledby="denials-h">
            <h2 id="denials-h">Denials ({state.overview.denials.length})</h2>
            <Denials denials={state.overview.denials} />
          </section>
          <section aria-labelledby="auths-h">
            <h2 id="auths-h">Authorizations</h2>
            <Authorizations authorizations={state.overview.authorizations} />
          </section>
          <footer>
            {state.overview.totals.claims} claims · {state.overview.totals.authorizations} authorizations kept on this computer only
          </footer>
        </>
      )}
    </main>
  )
}
