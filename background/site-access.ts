// Reading pages no adapter lists: one tab on request (activeTab + scripting), or one host always (an
// optional host permission the user grants in the popup, then a registered content script).
import browser from "webextension-polyfill"
import type { Grants } from "../src/messages/sender"
import { KEPT_ANSWER_KEY } from "../src/messages/first-rows"
import { TAB_RECORDS_KEY } from "../src/messages/shapes"

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

const SITE_PREFIX = "site:"

export async function registerSite(origin: string): Promise<void> {
  const pattern = `${origin}/*`
  if (!(await browser.permissions.contains({ origins: [pattern] })))
    throw new Error("permission for this site was not granted")
  const id = `${SITE_PREFIX}${origin}`
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

/** Host patterns the manifest asks for (listed portals): Chrome refuses to remove those, and they are not grants. */
function requiredOrigins(): Set<string> {
  const manifest = browser.runtime.getManifest()
  const hosts = manifest.manifest_version === 3 ? (manifest.host_permissions ?? []) : []
  return new Set([...hosts, ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])])
}

/** "Stop reading this site": its registered reader, its host permission and its tabs' one-time grants go. */
export async function stopReadingSite(origin: string): Promise<void> {
  const pattern = `${origin}/*`
  const id = `${SITE_PREFIX}${origin}`
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [id] })
  if (!requiredOrigins().has(pattern) && (await browser.permissions.contains({ origins: [pattern] })))
    await browser.permissions.remove({ origins: [pattern] })
  const tabs = await grantedTabs()
  const kept = Object.fromEntries(Object.entries(tabs).filter(([, o]) => o !== origin))
  if (Object.keys(kept).length !== Object.keys(tabs).length) await browser.storage.session.set({ [TABS_KEY]: kept })
}

/** Erase: every site reader PayerLens registered, and every host permission granted beyond the manifest's. */
export async function forgetSites(): Promise<void> {
  const ours = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(SITE_PREFIX))
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours })
  const required = requiredOrigins()
  const granted = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !required.has(o))
  // one at a time: a pattern Chrome counts as required (written differently in the manifest) refuses alone
  await Promise.all(granted.map((origin) => browser.permissions.remove({ origins: [origin] }).catch(() => false)))
}

/** Erase: the copies kept in session storage — the popup's first answer, which records each tab showed, and the
 * tabs read once. (The unlocked data key there is the vault's: locking and erasing handle it.) */
export async function clearSession(): Promise<void> {
  await browser.storage.session.remove([KEPT_ANSWER_KEY, TAB_RECORDS_KEY, TABS_KEY])
}
