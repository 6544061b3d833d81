// Background service worker: wires browser APIs to src/service. Listeners are registered synchronously
// at start, so a worker killed after 30 s idle wakes on any message, command or alarm.
import browser from "webextension-polyfill"
import { handleMessage, attentionCount, type Deps } from "../src/service/handle-message"
import { foundText } from "../src/service/page-reads"
import { PayerLensDb } from "../src/storage/db"
import { grants, injectReader, registerSite, forgetClosedTab } from "./site-access"

const db = new PayerLensDb()
const ERROR_KEY = "lastStorageError"

const deps: Deps = {
  db,
  self: { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL("") },
  now: () => new Date(),
  async setBadge(count) {
    await browser.action.setBadgeBackgroundColor({ color: "#b3261e" })
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : "" })
  },
  storageError: {
    get: async () => ((await browser.storage.local.get(ERROR_KEY))[ERROR_KEY] as string | undefined) ?? null,
    set: async (message) => {
      if (message) await browser.storage.local.set({ [ERROR_KEY]: message })
      else await browser.storage.local.remove(ERROR_KEY)
    }
  },
  log: (line) => console.warn(line),
  grants,
  injectReader,
  registerSite
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, { id: sender.id, url: sender.url, tab: sender.tab ? { id: sender.tab.id } : undefined }, deps)
)

// The keyboard shortcut reads the current tab (it grants activeTab like a click on the toolbar icon).
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "read-page" || tab?.id === undefined) return
  const reply = await handleMessage({ type: "page/read", tabId: tab.id }, { id: browser.runtime.id, url: browser.runtime.getURL("") }, deps)
  const text = "found" in reply ? foundText(reply.found) : "error" in reply ? reply.error : ""
  await browser.notifications.create(`read-${Date.now()}`, {
    type: "basic",
    iconUrl: browser.runtime.getURL(browser.runtime.getManifest().icons?.["128"] ?? ""),
    title: "PayerLens",
    message: text
  })
})

browser.tabs.onRemoved.addListener((tabId) => void forgetClosedTab(tabId))

async function refreshBadge() {
  try {
    await deps.setBadge(await attentionCount(deps))
  } catch {
    // the popup shows storage problems; the badge simply stays as it was
  }
}
browser.runtime.onStartup.addListener(refreshBadge)
browser.runtime.onInstalled.addListener(refreshBadge)
