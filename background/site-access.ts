// Reading pages no adapter lists: one tab on request (activeTab + scripting), or one host always (an
// optional host permission the user grants in the popup, then a registered content script).
import browser from "webextension-polyfill"
import type { Grants } from "../src/messages/sender"

const TABS_KEY = "readTabs"

function readerFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0]
  if (!file) throw new Error("the reader script is missing from the manifest")
  return file
}

async function grantedTabs(): Promise<Record<number, string>> {
  return ((await browser.storage.session.get(TABS_KEY))[TABS_KEY] as Record<number, string> | undefined) ?? {}
}

export async function grants(): Promise<Grants> {
  const [permissions, tabs] = await Promise.all([browser.permissions.getAll(), grantedTabs()])
  return { matches: permissions.origins ?? [], tabs }
}

export async function injectReader(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId)
  const url = tab.url ? new URL(tab.url) : null
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) throw new Error("only web pages can be read")
  await browser.storage.session.set({ [TABS_KEY]: { ...(await grantedTabs()), [tabId]: url.origin } })
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [readerFile()] })
}

export async function registerSite(origin: string): Promise<void> {
  const pattern = `${origin}/*`
  if (!(await browser.permissions.contains({ origins: [pattern] })))
    throw new Error("permission for this site was not granted")
  const id = `site:${origin}`
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] })
  if (existing.length > 0) return
  await browser.scripting.registerContentScripts([
    { id, matches: [pattern], js: [readerFile()], allFrames: true, runAt: "document_idle", persistAcrossSessions: true }
  ])
}

export async function forgetClosedTab(tabId: number): Promise<void> {
  const tabs = await grantedTabs()
  if (!(tabId in tabs)) return
  delete tabs[tabId]
  await browser.storage.session.set({ [TABS_KEY]: tabs })
}
