// Background service worker: wires browser APIs to src/service. Listeners are registered synchronously
// at start, so a worker killed after 30 s idle wakes on any message, command or alarm.
import browser from "webextension-polyfill"
import { handleMessage, tick, type Deps } from "../src/worker/dispatch"
import { checkReply } from "../src/messages/send"
import { openStore } from "../src/storage"
import { publish } from "../src/worker/publish"
import { KEPT_ANSWER_KEY } from "../src/messages/first-rows"
import { foundText } from "../src/worker/page-reads"
import { grants, injectReader, registerSite, forgetClosedTab } from "./site-access"
import { tabRecords } from "./tab-records"

const ERROR_KEY = "lastStorageError"
const TICK = "payerlens-tick"
const TICK_SOON = "payerlens-tick-soon"
const iconUrl = () => browser.runtime.getURL(browser.runtime.getManifest().icons?.["128"] ?? "")

const deps: Deps = {
  store: openStore(),
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
  registerSite,
  tabRecords,
  async notify(notice) {
    // initials, payer and what is due only: notifications show on lock screens
    await browser.notifications.create(notice.id, {
      type: "basic",
      iconUrl: iconUrl(),
      title: notice.title,
      message: notice.body
    })
  },
  async keepAnswer(kept) {
    await browser.storage.session.set({ [KEPT_ANSWER_KEY]: kept })
  },
  async scheduleTick() {
    await browser.alarms.create(TICK_SOON, { when: Date.now() + 30_000 }) // Chrome's shortest alarm delay
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, { id: sender.id, url: sender.url, tab: sender.tab ? { id: sender.tab.id } : undefined }, deps)
)

// The keyboard shortcut reads the current tab (it grants activeTab like a click on the toolbar icon).
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "read-page" || tab?.id === undefined) return
  const self = { id: browser.runtime.id, url: browser.runtime.getURL("") }
  const reply = checkReply("page/read", await handleMessage({ type: "page/read", tabId: tab.id }, self, deps))
  const text = reply.ok ? foundText(reply.found) : reply.error
  await browser.notifications.create(`read-${Date.now()}`, {
    type: "basic",
    iconUrl: iconUrl(),
    title: "PayerLens",
    message: text
  })
})

browser.tabs.onRemoved.addListener((tabId) => void forgetClosedTab(tabId).then(() => tabRecords.forget(tabId)))

// Reminders: IndexedDB holds what fired; one periodic alarm plus a pass at browser start reconcile them.
async function reconcile() {
  try {
    await tick(deps)
  } catch {
    // a storage failure shows in the popup; the next tick tries again
  }
}
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === TICK || alarm.name === TICK_SOON) void reconcile()
})
browser.notifications.onClicked.addListener(() => void browser.action.openPopup().catch(() => undefined))
async function start() {
  if (!(await browser.alarms.get(TICK))) await browser.alarms.create(TICK, { periodInMinutes: 30, delayInMinutes: 1 })
  await reconcile()
}
browser.runtime.onStartup.addListener(() => void start())
browser.runtime.onInstalled.addListener(() => void start())
void publish(deps).catch(() => undefined)
