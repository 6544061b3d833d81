// Background service worker: wires browser APIs to src/service. Listeners are registered synchronously
// at start, so a worker killed after 30 s idle wakes on any message, command or alarm.
import browser from "webextension-polyfill"
import { handleMessage, tick, type Deps } from "../src/worker/dispatch"
import { checkReply } from "../src/messages/send"
import { LOCKED_ERROR, openStore } from "../src/storage"
import { publish } from "../src/worker/publish"
import { KEPT_ANSWER_KEY } from "../src/messages/first-rows"
import { foundText } from "../src/worker/page-reads"
import { grants, injectReader, registerSite, forgetClosedTab, forgetSites, stopReadingSite } from "./site-access"
import { tabRecords } from "./tab-records"

const ERROR_KEY = "lastStorageError"
/** The data key while unlocked: session storage is memory only and gone when the browser closes (lock at restart);
 * our pages and the worker can read it, content scripts cannot (Chrome's default access level). */
const SESSION_KEY = "vaultKey"
const session = {
  get: async () => ((await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as string | undefined) ?? null,
  set: async (value: string | null) => {
    if (value) await browser.storage.session.set({ [SESSION_KEY]: value })
    else await browser.storage.session.remove(SESSION_KEY)
  }
}
const TICK = "payerlens-tick"
const TICK_SOON = "payerlens-tick-soon"
const iconUrl = () => browser.runtime.getURL(browser.runtime.getManifest().icons?.["128"] ?? "")

const deps: Deps = {
  store: openStore(undefined, { session }),
  self: { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL("") },
  now: () => new Date(),
  async setBadge(count) {
    await browser.action.setBadgeBackgroundColor({ color: "#b3261e" })
    await browser.action.setBadgeText({ text: count === "!" ? "!" : count > 0 ? String(count) : "" })
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
    // counts by kind only (noticesFor): notifications show on lock screens
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
  forgetSites,
  stopReadingSite,
  async clearSession() {
    // everything but the unlocked key: erasing the data does not lock PayerLens
    const kept = Object.keys(await browser.storage.session.get(null)).filter((key) => key !== SESSION_KEY)
    await browser.storage.session.remove(kept)
  },
  async dropAnswer() {
    await browser.storage.session.remove(KEPT_ANSWER_KEY)
  },
  async scheduleTick() {
    await browser.alarms.create(TICK_SOON, { when: Date.now() + 30_000 }) // Chrome's shortest alarm delay
  }
}

browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
  const reply = await handleMessage(
    message,
    { id: sender.id, url: sender.url, tab: sender.tab ? { id: sender.tab.id } : undefined },
    deps
  )
  // the auto-lock minutes may have changed
  if ((message as { type?: unknown } | null)?.type === "settings/save") void watchIdle().catch(() => undefined)
  return reply
})

// The keyboard shortcut reads the current tab (it grants activeTab like a click on the toolbar icon).
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "read-page" || tab?.id === undefined) return
  const self = { id: browser.runtime.id, url: browser.runtime.getURL("") }
  const reply = checkReply("page/read", await handleMessage({ type: "page/read", tabId: tab.id }, self, deps))
  // counts only; a failure's own text may name the page, so the notification says where to look instead
  const text = reply.ok
    ? foundText(reply.found)
    : reply.error === LOCKED_ERROR
      ? reply.error
      : "PayerLens could not read this page. Open PayerLens and use “Read this page” to see why."
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
// Auto-lock: when the machine has been idle for the chosen minutes, or its screen locks (45 CFR 164.312(a)(2)(iii)).
async function watchIdle() {
  const { tracking } = await deps.store.settings()
  browser.idle.setDetectionInterval(tracking.autoLockMinutes * 60)
}
browser.idle.onStateChanged.addListener((state: string) => {
  if (state === "active") return
  void deps.store
    .lock(deps.now(), "idle")
    .then(() => publish(deps))
    .catch(() => undefined)
})
browser.notifications.onClicked.addListener(() => void browser.action.openPopup().catch(() => undefined))
async function start() {
  await watchIdle().catch(() => undefined)
  if (!(await browser.alarms.get(TICK))) await browser.alarms.create(TICK, { periodInMinutes: 30, delayInMinutes: 1 })
  await reconcile()
}
browser.runtime.onStartup.addListener(() => void start())
browser.runtime.onInstalled.addListener(() => void start())
void watchIdle().catch(() => undefined)
void publish(deps).catch(() => undefined)
