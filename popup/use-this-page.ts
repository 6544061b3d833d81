// The active tab and what PayerLens may do with it, for the popup's "This page" strip.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { AlwaysReadSiteResponse, ReadPageResponse, type Request } from "../src/messages/protocol"
import { isListedPortal } from "../src/portals/registry"
import { foundText } from "../src/worker/page-reads"
import { pageAccess, type PageAccess } from "../src/ui/ThisPage"

export function useThisPage(onRead: () => void) {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null)
  const [access, setAccess] = useState<PageAccess>("not-web")
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true })
      if (active?.id === undefined || !active.url) return
      // "always read" means both: the user allowed the host, and PayerLens registered its reader there
      // (a host allowed from Chrome's own site-access menu still needs the button once)
      let granted = false
      try {
        const origin = new URL(active.url).origin
        const [allowed, registered] = await Promise.all([
          browser.permissions.contains({ origins: [`${origin}/*`] }),
          browser.scripting.getRegisteredContentScripts({ ids: [`site:${origin}`] })
        ])
        granted = allowed && registered.length > 0
      } catch {
        granted = false
      }
      setTab({ id: active.id, url: active.url })
      setAccess(pageAccess(active.url, isListedPortal, granted))
    })()
  }, [])

  const read = async () => {
    if (!tab) return
    setBusy(true)
    const request: Request = { type: "page/read", tabId: tab.id }
    const parsed = ReadPageResponse.safeParse(await browser.runtime.sendMessage(request))
    setBusy(false)
    if (!parsed.success) return setMessage("The background worker sent an unreadable answer.")
    setMessage(parsed.data.ok ? foundText(parsed.data.found) : parsed.data.error)
    onRead()
  }

  const alwaysRead = async () => {
    if (!tab) return
    const origin = new URL(tab.url).origin
    // must run in the click's own turn: the browser asks the user for this one host
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] })
    if (!granted) return setMessage(`PayerLens will not read ${new URL(tab.url).host} unless you allow it.`)
    const request: Request = { type: "site/always-read", origin }
    const parsed = AlwaysReadSiteResponse.safeParse(await browser.runtime.sendMessage(request))
    if (!parsed.success || !parsed.data.ok) return setMessage(parsed.success && !parsed.data.ok ? parsed.data.error : "Unreadable answer.")
    setAccess("site")
    await read()
  }

  return { host: tab ? new URL(tab.url).host : null, access, busy, message, read, alwaysRead }
}
