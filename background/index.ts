// Background service worker: wires browser APIs to src/service. Listeners are registered synchronously
// at start, so a worker killed after 30 s idle wakes on any message.
import browser from "webextension-polyfill"
import { handleMessage, attentionCount, type Deps } from "../src/service/handle-message"
import { PayerLensDb } from "../src/storage/db"

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
  log: (line) => console.warn(line)
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, { id: sender.id, url: sender.url, tab: sender.tab }, deps)
)

async function refreshBadge() {
  try {
    await deps.setBadge(await attentionCount(deps))
  } catch {
    // the popup shows storage problems; the badge simply stays as it was
  }
}
browser.runtime.onStartup.addListener(refreshBadge)
browser.runtime.onInstalled.addListener(refreshBadge)
