// Issue 4's scheduling test: capture an authorization with 2 visits left, STOP the service worker before the
// reminder tick, and the alarm wakes a fresh worker that fires exactly one reminder from IndexedDB; a later
// tick (in yet another worker, woken by the popup) fires nothing again; that popup shows the copy of its first
// view the last worker kept, before it wakes the worker. Playwright keeps extension workers
// alive while attached, so this test drives Chromium over a bare DevTools connection (raw-cdp.ts).
import { expect, test } from "@playwright/test"
import { CHROMIUM, extensionArgs, setUpPassphraseRaw } from "./harness"
import { RawBrowser } from "./raw-cdp"
import { startSandbox, type Sandbox } from "../sandbox/server"

test.setTimeout(150_000)
// On disk the reminder names its authorization by blind id (src/storage/reminder-states.ts), never by number;
// the notification's id is opaque too: its group and count (src/tracking/tick.ts noticesFor).
const REMINDER = /^auth-low:[0-9a-f]{64}:2$/
const NOTICE = "authorizations:1"
const FIRED = `new Promise((resolve) => {
  const open = indexedDB.open("payerlens")
  open.onsuccess = () => {
    const q = open.result.transaction("reminders").objectStore("reminders").getAll()
    q.onsuccess = () => resolve(q.result.filter((s) => s.firedAt).map((s) => [s.id, s.firedAt]))
  }
})`

let sandbox: Sandbox
let browser: RawBrowser
test.beforeEach(async () => {
  sandbox = await startSandbox()
  browser = await RawBrowser.launch(CHROMIUM, ["--headless=new", ...extensionArgs(), ...sandbox.chromiumArgs])
})
test.afterEach(async () => {
  await browser.close()
  await sandbox.close()
})

const worker = async () =>
  (await browser.targets()).find((t) => t.type === "service_worker" && t.url.startsWith("chrome-extension://"))

test("the worker is stopped between capture and tick; the woken worker fires the reminder exactly once", async () => {
  // a worker target can be listed before its script has run: wait until the extension APIs are there
  const ready = async () => {
    const w = await worker()
    return w && (await browser.evaluate(w.targetId, "typeof chrome?.action").catch(() => null)) === "object"
  }
  await expect.poll(ready, { intervals: [100] }).toBe(true)
  const first = (await worker())!
  const extensionId = new URL(first.url).host
  await setUpPassphraseRaw(browser, extensionId) // a new profile keeps nothing until a passphrase is set up
  const { targetId: portal } = await browser.send("Target.createTarget", {
    url: "https://apps.availity.com/public/apps/authorizations/current"
  })
  await expect
    .poll(() => browser.evaluate(first.targetId, "chrome.action.getBadgeText({})"), { intervals: [250] })
    .toBe("1")
  expect(await browser.evaluate(first.targetId, FIRED)).toEqual([]) // captured; the tick is 30 s away

  const destroyed: string[] = []
  browser.on((method, params) => method === "Target.targetDestroyed" && destroyed.push(params.targetId))
  await browser.send("Target.setDiscoverTargets", { discover: true })
  const { sessionId } = await browser.send("Target.attachToTarget", { targetId: portal, flatten: true })
  await browser.send("ServiceWorker.enable", {}, sessionId)
  await browser.send("ServiceWorker.stopAllWorkers", {}, sessionId)
  await browser.send("Target.detachFromTarget", { sessionId })
  await expect.poll(() => destroyed.includes(first.targetId), { intervals: [100] }).toBe(true)
  expect(await worker()).toBeUndefined()

  // the alarm wakes a new worker, which finds the reminder due in IndexedDB and shows one notification
  await expect
    .poll(async () => (await worker())?.targetId ?? null, { timeout: 60_000, intervals: [500] })
    .not.toBeNull()
  const woken = (await worker())!
  expect(woken.targetId).not.toBe(first.targetId)
  const state = async () => {
    const w = await worker()
    if (!w) return null
    const read = (expression: string) => browser.evaluate(w.targetId, expression).catch(() => null) // still starting
    return [await read(FIRED), await read("chrome.notifications.getAll().then(Object.keys)")]
  }
  await expect.poll(async () => (await state())?.[1], { timeout: 20_000, intervals: [250] }).toEqual([NOTICE])
  const fired = (await state())![0] as [string, string][]
  expect(fired.map(([id]) => id)).toEqual([expect.stringMatching(REMINDER)])

  // stop again; the popup wakes another worker and reconciles: nothing fires a second time
  const { sessionId: again } = await browser.send("Target.attachToTarget", { targetId: portal, flatten: true })
  await browser.send("ServiceWorker.enable", {}, again)
  await browser.send("ServiceWorker.stopAllWorkers", {}, again)
  await browser.send("Target.detachFromTarget", { sessionId: again })
  await expect.poll(() => destroyed.includes(woken.targetId), { intervals: [100] }).toBe(true)
  const { targetId: popup } = await browser.send("Target.createTarget", {
    url: `chrome-extension://${extensionId}/popup.html`
  })
  await expect
    .poll(() => browser.evaluate(popup, "document.querySelectorAll('[data-testid=reminder-row]').length"), {
      intervals: [250]
    })
    .toBe(1)
  // the first view came from the copy the last worker kept, before the popup asked the sleeping worker
  const marks = await browser.evaluate<Record<string, number>>(
    popup,
    "Object.fromEntries(['payerlens-ready', 'payerlens-asked'].map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? -1]))"
  )
  expect(marks["payerlens-ready"]).toBeGreaterThan(0)
  expect(marks["payerlens-asked"]).toBeGreaterThan(marks["payerlens-ready"])
  const third = (await worker())!
  expect(third.targetId).not.toBe(woken.targetId)
  expect(await browser.evaluate(third.targetId, FIRED)).toEqual(fired) // same id, same firedAt: fired once
})
