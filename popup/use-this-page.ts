// The active tab and what PayerLens may do with it, for the popup's "This page" strip.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"
import { makeSend } from "../src/messages/send"
import { isListedPortal } from "../src/portals/registry"
import { foundText } from "../src/worker/page-reads"
import { pageAccess, type PageAccess } from "../src/ui/ThisPage"

const send = makeSend((request) => browser.runtime.sendMessage(request))

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
      let granted: boolean
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
    const reply = await send("page/read", { tabId: tab.id })
    setBusy(false)
    setMessage(reply.ok ? foundText(reply.found) : reply.error)
    onRead()
  }

  const alwaysRead = async () => {
    if (!tab) return
    const origin = new URL(tab.url).origin
    // must run in the click's own turn: the browser asks the user for this one host
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] })
    if (!granted) return setMessage(`PayerLens will not read ${new URL(tab.url).host} unless you allow it.`)
    const reply = await send("site/always-read", { origin })
    if (!reply.ok) return setMessage(reply.error)
    setAccess("site")
    await read()
  }

  const stopReading = async () => {
    if (!tab) return
    const url = new URL(tab.url)
    setBusy(true)
    const reply = await send("site/stop", { origin: url.origin })
    setBusy(false)
    if (!reply.ok) return setMessage(reply.error)
    setAccess("other")
    setMessage(`PayerLens no longer reads ${url.host}. What it kept from there stays until you erase it.`)
  }

  return { host: tab ? new URL(tab.url).host : null, access, busy, message, read, alwaysRead, stopReading }
}
