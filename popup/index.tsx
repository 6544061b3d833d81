// The toolbar popup: the shared views, with the "This page" strip for reading the current tab.
import { firstReply, firstViewShown, keptReply, today } from "../src/ui/first-ask"
import browser from "webextension-polyfill"
import { useState } from "react"
import { App } from "../src/ui/App"
import { ApiContext, firstAnswers, makeApi } from "../src/ui/api"
import { ThisPage } from "../src/ui/ThisPage"
import { useThisPage } from "./use-this-page"
import "../src/ui/app.css"

document.documentElement.lang = "en" // Plasmo writes <html> without a language

const api = makeApi((request) => browser.runtime.sendMessage(request))
const first = firstAnswers(firstReply, keptReply, today, firstViewShown)
void navigator.storage?.persist?.() // ask once that the browser keep PayerLens's data under storage pressure

// the polyfill does not wrap chrome.sidePanel (Chrome 114+); opening it needs this click's user gesture
type SidePanelApi = { open: (options: { windowId: number }) => Promise<void> }
async function openSidePanel() {
  const sidePanel = (globalThis as unknown as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel
  const win = await browser.windows.getCurrent()
  if (!sidePanel || win.id === undefined) return
  await sidePanel.open({ windowId: win.id })
  window.close()
}

export default function Popup() {
  const [reloadKey, setReloadKey] = useState(0)
  const page = useThisPage(() => setReloadKey((n) => n + 1))
  return (
    <ApiContext.Provider value={api}>
      <main className="popup">
        <App
          reloadKey={reloadKey}
          firstAnswer={first}
          top={
            <>
              <ThisPage host={page.host} access={page.access} busy={page.busy} message={page.message} onRead={page.read} onAlwaysRead={page.alwaysRead} />
              <button type="button" className="link side-panel-button" onClick={() => void openSidePanel()}>
                Keep open beside the portal (side panel)
              </button>
            </>
          }
        />
      </main>
    </ApiContext.Provider>
  )
}
