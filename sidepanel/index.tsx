// The side panel: the popup's views kept open beside the portal, with the records read from the current tab
// listed on top and marked in every list. It follows the active tab and refreshes when that tab is read again.
import { firstReply, firstStatus, firstViewShown, keptReply, today } from "../src/ui/first-ask"
import { useEffect, useState } from "react"
import { App } from "../src/ui/App"
import { chrome } from "../src/ui/chrome"
import { checkAfter, firstAnswers, useFirstAnswerIn, zodCheck } from "../src/ui/first-answer"
import { firstViewDone } from "../src/ui/first-paint"
import { OnThisPage } from "../src/ui/OnThisPage"
import { FirstApiContext, lazyApi } from "../src/ui/use-api"
import { TAB_RECORDS_KEY } from "../src/messages/shapes"
import type { OnPageResponse } from "../src/messages/replies"
import { vaultClient } from "../src/ui/vault/client"
import { LockButton } from "../src/ui/vault/LockButton"
import { VaultGate, watchKeptCopy } from "../src/ui/vault/VaultGate"
import "../src/ui/app.css"

document.documentElement.lang = "en" // Plasmo writes <html> without a language

const api = lazyApi((request) => chrome.runtime.sendMessage(request))
const first = firstAnswers(firstReply, keptReply, today, firstViewShown, checkAfter(firstViewDone, zodCheck))
const vault = vaultClient((request) => chrome.runtime.sendMessage(request))
const watchVault = watchKeptCopy(chrome.storage.onChanged)
type Found = Extract<OnPageResponse, { ok: true }>

function useCurrentTabRecords() {
  const [found, setFound] = useState<Found | null>(null)
  const [reloadKey, setReloadKey] = useState(0)
  useEffect(() => {
    const load = async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
      if (tab?.id === undefined) return setFound(null)
      const reply = await api.onTab(tab.id)
      setFound(reply.ok ? reply : null)
      setReloadKey((n) => n + 1)
    }
    const onStorage = (changes: Record<string, unknown>, area: string) =>
      area === "session" && TAB_RECORDS_KEY in changes && void load()
    const onUpdated = (_: number, info: { status?: string }) => info.status === "complete" && void load()
    const onActivated = () => void load()
    void load()
    chrome.storage.onChanged.addListener(onStorage)
    chrome.tabs.onActivated.addListener(onActivated)
    chrome.tabs.onUpdated.addListener(onUpdated)
    return () => {
      chrome.storage.onChanged.removeListener(onStorage)
      chrome.tabs.onActivated.removeListener(onActivated)
      chrome.tabs.onUpdated.removeListener(onUpdated)
    }
  }, [])
  return { found, reloadKey }
}

export default function SidePanel() {
  const { found, reloadKey } = useCurrentTabRecords()
  const highlighted = new Set([...(found?.claims ?? []), ...(found?.authorizations ?? [])].map((r) => r.key))
  if (!useFirstAnswerIn(first, 150)) return <main className="sidepanel" />
  return (
    <FirstApiContext.Provider value={api}>
      <main className="sidepanel">
        <VaultGate client={vault} status={firstStatus} first={first} watch={watchVault}>
          {({ fresh, lock }) => (
            <App
              reloadKey={reloadKey}
              firstAnswer={fresh ? undefined : first}
              highlighted={highlighted}
              lock={<LockButton onLock={lock} />}
              payments
              top={<OnThisPage found={found} />}
            />
          )}
        </VaultGate>
      </main>
    </FirstApiContext.Provider>
  )
}
