// The toolbar popup: the shared views, with the "This page" strip for reading the current tab.
import { firstReply, firstStatus, firstViewShown, keptReply, today } from "../src/ui/first-ask"
import { useEffect, useState } from "react"
import { App } from "../src/ui/App"
import { chrome } from "../src/ui/chrome"
import { checkAfter, firstAnswers, useFirstAnswerIn, zodCheck } from "../src/ui/first-answer"
import { afterFirstPaint, firstPaint, firstViewDone } from "../src/ui/first-paint"
import { ThisPage } from "../src/ui/ThisPage"
import { FirstApiContext, lazyApi } from "../src/ui/use-api"
import { vaultClient } from "../src/ui/vault/client"
import { LockButton } from "../src/ui/vault/LockButton"
import { VaultGate, watchKeptCopy } from "../src/ui/vault/VaultGate"
import type { useThisPage } from "./use-this-page"
import "../src/ui/app.css"

document.documentElement.lang = "en" // Plasmo writes <html> without a language

const api = lazyApi((request) => chrome.runtime.sendMessage(request))
const first = firstAnswers(firstReply, keptReply, today, firstViewShown, checkAfter(firstViewDone, zodCheck))
const vault = vaultClient((request) => chrome.runtime.sendMessage(request))
const watchVault = watchKeptCopy(chrome.storage.onChanged)
// ask once that the browser keep PayerLens's data under storage pressure (after the first view: it is an IPC)
void firstPaint.then(() => navigator.storage?.persist?.())

// opening the side panel needs this click's user gesture
async function openSidePanel() {
  const win = await chrome.windows.getCurrent()
  if (!chrome.sidePanel || win.id === undefined) return
  await chrome.sidePanel.open({ windowId: win.id })
  window.close()
}

// The "This page" strip waits for the active tab's address and permissions anyway; its code (the portal list, the
// messages' schemas) comes in a chunk of its own after the first view.
type UseThisPage = typeof useThisPage

function Strip({ useThisPage, onRead }: { useThisPage: UseThisPage; onRead: () => void }) {
  const page = useThisPage(onRead)
  return (
    <ThisPage
      host={page.host}
      access={page.access}
      busy={page.busy}
      message={page.message}
      onRead={page.read}
      onAlwaysRead={page.alwaysRead}
      onStopReading={page.stopReading}
    />
  )
}

const loadThisPage = afterFirstPaint(() => import("./use-this-page"))

function ThisPageStrip({ onRead }: { onRead: () => void }) {
  const [hook, setHook] = useState<{ use: UseThisPage } | null>(null)
  useEffect(() => void loadThisPage().then((m) => setHook({ use: m.useThisPage })), [])
  return hook ? <Strip useThisPage={hook.use} onRead={onRead} /> : null
}

/** How long the popup waits for its first answer before it shows "Loading…" (first-answer.ts). */
const FIRST_WAIT_MS = 150

export default function Popup() {
  const [reloadKey, setReloadKey] = useState(0)
  if (!useFirstAnswerIn(first, FIRST_WAIT_MS)) return <main className="popup" />
  return (
    <FirstApiContext.Provider value={api}>
      <main className="popup">
        <VaultGate client={vault} status={firstStatus} first={first} watch={watchVault}>
          {({ fresh, lock }) => (
            <App
              reloadKey={reloadKey}
              firstAnswer={fresh ? undefined : first}
              lock={<LockButton onLock={lock} />}
              top={
                <>
                  <ThisPageStrip onRead={() => setReloadKey((n) => n + 1)} />
                  <button type="button" className="link side-panel-button" onClick={() => void openSidePanel()}>
                    Keep open beside the portal (side panel)
                  </button>
                </>
              }
            />
          )}
        </VaultGate>
      </main>
    </FirstApiContext.Provider>
  )
}
